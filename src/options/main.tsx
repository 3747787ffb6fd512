import { render } from 'preact';
import { localiseDocument, t } from '../shared/i18n';
import { App } from './App';

localiseDocument();
document.title = t('options_title');

render(<App />, document.getElementById('app')!);
