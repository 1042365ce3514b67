// Kit home bootstrap: language first (so the first paint is already translated), then the decks.
import './theme/tokens.css';
import './theme/page.css';
import { decks } from 'virtual:pb-decks';
import { helpCountries, printables } from 'virtual:pb-printables';
import { i18next, preferredLanguage, setLanguage } from '../i18n/i18n';
import '../components/pb-kit-home/pb-kit-home';
import { startOfflineKit } from './pwa';

const retitle = (): void => {
  document.title = i18next.t('common:kitName');
};
i18next.on('languageChanged', retitle);
await setLanguage(preferredLanguage());

const home = document.createElement('pb-kit-home');
home.decks = decks;
home.printables = printables;
home.countries = helpCountries;
document.body.replaceChildren(home);
startOfflineKit();
