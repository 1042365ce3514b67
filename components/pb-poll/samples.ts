/**
 * The activity gallery's sample of a poll of every kind (activities.html), as an author writes it in a deck's Markdown, in
 * every language: calm, fictional content that follows the decks' rules (app/activity-samples.test.ts holds it to
 * the deck compiler's checks). Registered with the element in components/activity-registry.ts.
 */
import type { GallerySample } from '../activity-registry.ts';

export const pollSamples: readonly GallerySample[] = [
  {
    key: 'pollSingle',
    markup: {
      fr: `<pb-poll id="first-step" kind="single" question="Sam reçoit une menace. Que devrait-il faire d’abord ?" min-responses="5">
<pb-option id="pay">Payer pour que ça s’arrête</pb-option>
<pb-option id="screenshots">Faire des captures d’écran des messages</pb-option>
<pb-option id="talk">En parler à un adulte de confiance</pb-option>
</pb-poll>`,
      nl: `<pb-poll id="first-step" kind="single" question="Sam krijgt een dreigbericht. Wat doet hij best eerst?" min-responses="5">
<pb-option id="pay">Betalen zodat het stopt</pb-option>
<pb-option id="screenshots">Screenshots nemen van de berichten</pb-option>
<pb-option id="talk">Praten met een volwassene die hij vertrouwt</pb-option>
</pb-poll>`,
      en: `<pb-poll id="first-step" kind="single" question="Sam gets a threat. What should he do first?" min-responses="5">
<pb-option id="pay">Pay so it stops</pb-option>
<pb-option id="screenshots">Take screenshots of the messages</pb-option>
<pb-option id="talk">Talk to an adult he trusts</pb-option>
</pb-poll>`,
      de: `<pb-poll id="first-step" kind="single" question="Sam bekommt eine Drohung. Was sollte er zuerst tun?" min-responses="5">
<pb-option id="pay">Bezahlen, damit es aufhört</pb-option>
<pb-option id="screenshots">Screenshots von den Nachrichten machen</pb-option>
<pb-option id="talk">Mit einer erwachsenen Person reden, der er vertraut</pb-option>
</pb-poll>`,
    },
  },
  {
    key: 'pollMultiple',
    markup: {
      fr: `<pb-poll id="fake-signs" kind="multiple" question="Lesquels peuvent être des signes d’un faux profil ?">
<pb-option id="new">Un compte tout nouveau</pb-option>
<pb-option id="few">Très peu d’amis</pb-option>
<pb-option id="perfect">Des photos qui ont l’air trop parfaites</pb-option>
<pb-option id="video">Toujours une excuse pour éviter un appel vidéo</pb-option>
</pb-poll>`,
      nl: `<pb-poll id="fake-signs" kind="multiple" question="Welke kunnen tekenen zijn van een nepprofiel?">
<pb-option id="new">Een gloednieuw account</pb-option>
<pb-option id="few">Heel weinig vrienden</pb-option>
<pb-option id="perfect">Foto’s die er te perfect uitzien</pb-option>
<pb-option id="video">Altijd een excuus om niet te videobellen</pb-option>
</pb-poll>`,
      en: `<pb-poll id="fake-signs" kind="multiple" question="Which of these can be signs of a fake profile?">
<pb-option id="new">A brand-new account</pb-option>
<pb-option id="few">Very few friends</pb-option>
<pb-option id="perfect">Photos that look too perfect</pb-option>
<pb-option id="video">Always an excuse not to do a video call</pb-option>
</pb-poll>`,
      de: `<pb-poll id="fake-signs" kind="multiple" question="Was davon kann ein Zeichen für ein Fake-Profil sein?">
<pb-option id="new">Ein ganz neues Konto</pb-option>
<pb-option id="few">Sehr wenige Freunde</pb-option>
<pb-option id="perfect">Fotos, die zu perfekt aussehen</pb-option>
<pb-option id="video">Immer eine Ausrede, um nicht per Video zu telefonieren</pb-option>
</pb-poll>`,
    },
  },
  {
    key: 'pollScale',
    markup: {
      fr: `<pb-poll id="know-help" kind="scale" question="Saurais-tu où trouver de l’aide ?" min="1" max="5" min-label="Pas du tout" max-label="Tout à fait" min-responses="0"></pb-poll>`,
      nl: `<pb-poll id="know-help" kind="scale" question="Zou je weten waar je hulp kunt vinden?" min="1" max="5" min-label="Helemaal niet" max-label="Helemaal wel" min-responses="0"></pb-poll>`,
      en: `<pb-poll id="know-help" kind="scale" question="Would you know where to find help?" min="1" max="5" min-label="Not at all" max-label="Completely" min-responses="0"></pb-poll>`,
      de: `<pb-poll id="know-help" kind="scale" question="Wüsstest du, wo du Hilfe findest?" min="1" max="5" min-label="Überhaupt nicht" max-label="Ganz sicher" min-responses="0"></pb-poll>`,
    },
  },
  {
    key: 'pollWordcloud',
    markup: {
      fr: `<pb-poll id="suspicious" kind="wordcloud" question="En un mot : qu’est-ce qui rend un message suspect ?" max-entries="2"></pb-poll>`,
      nl: `<pb-poll id="suspicious" kind="wordcloud" question="In één woord: wat maakt een bericht verdacht?" max-entries="2"></pb-poll>`,
      en: `<pb-poll id="suspicious" kind="wordcloud" question="In one word: what makes a message suspicious?" max-entries="2"></pb-poll>`,
      de: `<pb-poll id="suspicious" kind="wordcloud" question="In einem Wort: Was macht eine Nachricht verdächtig?" max-entries="2"></pb-poll>`,
    },
  },
  {
    key: 'pollOpen',
    markup: {
      fr: `<pb-poll id="to-a-friend" kind="open" question="Que pourrais-tu dire à un·e ami·e qui se fait faire du chantage ?"></pb-poll>`,
      nl: `<pb-poll id="to-a-friend" kind="open" question="Wat zou je zeggen tegen een vriend die wordt afgeperst?"></pb-poll>`,
      en: `<pb-poll id="to-a-friend" kind="open" question="What could you say to a friend who is being blackmailed?"></pb-poll>`,
      de: `<pb-poll id="to-a-friend" kind="open" question="Was könntest du jemandem aus deinem Freundeskreis sagen, der erpresst wird?"></pb-poll>`,
    },
  },
  {
    key: 'pollRanking',
    markup: {
      fr: `<pb-poll id="steps" kind="ranking" question="Mets ces étapes dans l’ordre.">
<pb-option id="screenshots">Faire des captures d’écran</pb-option>
<pb-option id="block">Couper le contact et bloquer</pb-option>
<pb-option id="adult">En parler à un adulte de confiance</pb-option>
<pb-option id="report">Signaler le compte</pb-option>
</pb-poll>`,
      nl: `<pb-poll id="steps" kind="ranking" question="Zet deze stappen in de juiste volgorde.">
<pb-option id="screenshots">Screenshots nemen</pb-option>
<pb-option id="block">Contact stoppen en blokkeren</pb-option>
<pb-option id="adult">Praten met een volwassene die je vertrouwt</pb-option>
<pb-option id="report">Het account melden</pb-option>
</pb-poll>`,
      en: `<pb-poll id="steps" kind="ranking" question="Put these steps in order.">
<pb-option id="screenshots">Take screenshots</pb-option>
<pb-option id="block">Stop contact and block</pb-option>
<pb-option id="adult">Talk to an adult you trust</pb-option>
<pb-option id="report">Report the account</pb-option>
</pb-poll>`,
      de: `<pb-poll id="steps" kind="ranking" question="Bring diese Schritte in eine Reihenfolge.">
<pb-option id="screenshots">Screenshots machen</pb-option>
<pb-option id="block">Kontakt abbrechen und blockieren</pb-option>
<pb-option id="adult">Mit einer Vertrauensperson reden</pb-option>
<pb-option id="report">Das Konto melden</pb-option>
</pb-poll>`,
    },
  },
  {
    key: 'pollQuiz',
    markup: {
      fr: `<pb-poll id="to-blame" kind="quiz" question="Qui est responsable du chantage ?" min-responses="0">
<pb-option id="sender">La personne qui a envoyé une photo</pb-option>
<pb-option id="blackmailer" correct>Le maître-chanteur</pb-option>
</pb-poll>`,
      nl: `<pb-poll id="to-blame" kind="quiz" question="Wie is verantwoordelijk voor de afpersing?" min-responses="0">
<pb-option id="sender">De persoon die een foto stuurde</pb-option>
<pb-option id="blackmailer" correct>De afperser</pb-option>
</pb-poll>`,
      en: `<pb-poll id="to-blame" kind="quiz" question="Who is to blame for the blackmail?" min-responses="0">
<pb-option id="sender">The person who sent a photo</pb-option>
<pb-option id="blackmailer" correct>The blackmailer</pb-option>
</pb-poll>`,
      de: `<pb-poll id="to-blame" kind="quiz" question="Wer ist schuld an der Erpressung?" min-responses="0">
<pb-option id="sender">Die Person, die ein Foto geschickt hat</pb-option>
<pb-option id="blackmailer" correct>Die erpressende Person</pb-option>
</pb-poll>`,
    },
  },
];
