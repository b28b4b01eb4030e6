import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { prepareLanguage } from './i18n/i18n.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing');
const root = createRoot(container);
// English, when it was the choice, is fetched first: the app opens in it rather than flashing Vietnamese.
// (A `then`, not a top-level await: the screens' chunks import this one, which would then wait too.)
void prepareLanguage().then(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
