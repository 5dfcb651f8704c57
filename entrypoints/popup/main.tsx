import { render } from 'preact';
import '../../components/entity-card.css';
import './popup.css';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
