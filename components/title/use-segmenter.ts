import { useEffect, useState } from 'react';
import { loadSegmenter, type LoadedSegmenter } from '../../lib/runtime/load-segmenter';
import { errorMessage } from '../../lib/text/error-message';

export type SegmenterState = { status: 'loading' } | { status: 'ready'; loaded: LoadedSegmenter } | { status: 'error'; message: string };

/** Starts loading the segmenter on first render of a pane that needs it. */
export function useSegmenter(): SegmenterState {
  const [state, setState] = useState<SegmenterState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    loadSegmenter().then(
      (loaded) => !cancelled && setState({ status: 'ready', loaded }),
      (error: unknown) => !cancelled && setState({ status: 'error', message: errorMessage(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
