import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@verikit/ui/styles.css';
import './playground.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('The playground page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App path={window.location.pathname} />
  </StrictMode>,
);
