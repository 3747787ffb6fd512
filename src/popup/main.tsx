import { render } from 'preact';
import { localiseDocument } from '../shared/i18n';
import { App } from './App';

localiseDocument();

render(<App />, document.getElementById('app')!);
