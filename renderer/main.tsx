import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/base.css';
import './styles/board.css';
import './styles/screens.css';
import './styles/supervisor.css';
import './styles/check-in.css';
import './styles/clients.css';
import './styles/reports.css';
import './styles/backups.css';
import './styles/privacy.css';
import './styles/audit.css';
import './styles/lan.css';
import './styles/disputes.css';
import './styles/daily-sheet.css';
import './styles/people.css';
import './styles/exchange.css';
import './styles/pipl.css';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
