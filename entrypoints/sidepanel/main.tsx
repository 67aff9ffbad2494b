import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../assets/ui.css';
import { preloadSegmenterWhenIdle } from '../../lib/runtime/load-segmenter';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Every tab but 历史 and 设置 segments titles; load the segmenter at idle now, not on the first keystroke.
preloadSegmenterWhenIdle();
