import { ImageWorkerPool } from './feature-loader';

/** The side panel's one pool of decoding workers, created on first use and closed with the pane. */
export class ImagePool {
  readonly workers = new ImageWorkerPool();
  close(): void {
    this.workers.close();
  }
}
