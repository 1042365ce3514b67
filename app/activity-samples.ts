/**
 * The activity gallery's sample content (activities.html): each activity as an author writes it in a deck's
 * Markdown, in every language. Calm, fictional examples that follow the decks' content rules; the gallery shows
 * this markup to authors and renders it, and app/activity-samples.test.ts holds it to the deck compiler's checks.
 */
import type { Language } from '../i18n/languages';

export interface ActivitySample {
  /** Anchor on the page and key of its name and description (`activities:gallery.items.<key>`). */
  readonly key: string;
  /** The element; the gallery leaves out a sample whose element this copy of the kit does not define. */
  readonly tag: string;
  /** What an author writes, per language. */
  readonly markup: Readonly<Record<Language, string>>;
}

export interface SampleOptions {
  /** A role-play of the kit's build (`decks/<deck>/<id>.<lang>.ink`). */
  readonly scenario: string;
  /** The help card's country (ISO code). */
  readonly country: string;
}

const same = (markup: string): Record<Language, string> => ({ fr: markup, nl: markup, en: markup, de: markup });

/** Every activity of the kit, in the order the gallery shows them. */
export function activitySamples({ scenario, country }: SampleOptions): ActivitySample[] {
  return [
    { key: 'timer', tag: 'pb-timer', markup: same('<pb-timer minutes="3"></pb-timer>') },
    {
      key: 'pollSingle',
      tag: 'pb-poll',
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
      tag: 'pb-poll',
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
      tag: 'pb-poll',
      markup: {
        fr: `<pb-poll id="know-help" kind="scale" question="Saurais-tu où trouver de l’aide ?" min="1" max="5" min-label="Pas du tout" max-label="Tout à fait" min-responses="0"></pb-poll>`,
        nl: `<pb-poll id="know-help" kind="scale" question="Zou je weten waar je hulp kunt vinden?" min="1" max="5" min-label="Helemaal niet" max-label="Helemaal wel" min-responses="0"></pb-poll>`,
        en: `<pb-poll id="know-help" kind="scale" question="Would you know where to find help?" min="1" max="5" min-label="Not at all" max-label="Completely" min-responses="0"></pb-poll>`,
        de: `<pb-poll id="know-help" kind="scale" question="Wüsstest du, wo du Hilfe findest?" min="1" max="5" min-label="Überhaupt nicht" max-label="Ganz sicher" min-responses="0"></pb-poll>`,
      },
    },
    {
      key: 'pollWordcloud',
      tag: 'pb-poll',
      markup: {
        fr: `<pb-poll id="suspicious" kind="wordcloud" question="En un mot : qu’est-ce qui rend un message suspect ?" max-entries="2"></pb-poll>`,
        nl: `<pb-poll id="suspicious" kind="wordcloud" question="In één woord: wat maakt een bericht verdacht?" max-entries="2"></pb-poll>`,
        en: `<pb-poll id="suspicious" kind="wordcloud" question="In one word: what makes a message suspicious?" max-entries="2"></pb-poll>`,
        de: `<pb-poll id="suspicious" kind="wordcloud" question="In einem Wort: Was macht eine Nachricht verdächtig?" max-entries="2"></pb-poll>`,
      },
    },
    {
      key: 'pollOpen',
      tag: 'pb-poll',
      markup: {
        fr: `<pb-poll id="to-a-friend" kind="open" question="Que pourrais-tu dire à un·e ami·e qui se fait faire du chantage ?"></pb-poll>`,
        nl: `<pb-poll id="to-a-friend" kind="open" question="Wat zou je zeggen tegen een vriend die wordt afgeperst?"></pb-poll>`,
        en: `<pb-poll id="to-a-friend" kind="open" question="What could you say to a friend who is being blackmailed?"></pb-poll>`,
        de: `<pb-poll id="to-a-friend" kind="open" question="Was könntest du jemandem aus deinem Freundeskreis sagen, der erpresst wird?"></pb-poll>`,
      },
    },
    {
      key: 'pollRanking',
      tag: 'pb-poll',
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
      tag: 'pb-poll',
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
    { key: 'scenario', tag: 'pb-scenario', markup: same(`<pb-scenario src="${scenario}"></pb-scenario>`) },
    {
      key: 'redFlagHunt',
      tag: 'pb-red-flag-hunt',
      markup: {
        fr: `<pb-red-flag-hunt id="lina-chat" phone="Sam">
<pb-message id="hello" from="Lina" flag="fast-intimacy">Salut ! T’es bien plus drôle que les garçons de ma classe</pb-message>
<pb-message from="Sam">Haha merci, t’es qui ?</pb-message>
<pb-message id="app" from="Lina" flag="moving-platform">On continue sur une autre appli ? C’est plus privé</pb-message>
<pb-message id="school" from="Lina">Tu vas à quelle école ?</pb-message>
</pb-red-flag-hunt>`,
        nl: `<pb-red-flag-hunt id="lina-chat" phone="Sam">
<pb-message id="hello" from="Lina" flag="fast-intimacy">Hé! Jij bent veel grappiger dan de jongens in mijn klas</pb-message>
<pb-message from="Sam">Haha merci, wie ben jij?</pb-message>
<pb-message id="app" from="Lina" flag="moving-platform">Zullen we verder praten op een andere app? Dat is meer privé</pb-message>
<pb-message id="school" from="Lina">Naar welke school ga jij?</pb-message>
</pb-red-flag-hunt>`,
        en: `<pb-red-flag-hunt id="lina-chat" phone="Sam">
<pb-message id="hello" from="Lina" flag="fast-intimacy">Hey! You’re way funnier than the boys in my class</pb-message>
<pb-message from="Sam">Haha thanks, who are you?</pb-message>
<pb-message id="app" from="Lina" flag="moving-platform">Shall we go on another app? It’s more private</pb-message>
<pb-message id="school" from="Lina">Which school do you go to?</pb-message>
</pb-red-flag-hunt>`,
        de: `<pb-red-flag-hunt id="lina-chat" phone="Sam">
<pb-message id="hello" from="Lina" flag="fast-intimacy">Hey! Du bist viel lustiger als die Jungs in meiner Klasse</pb-message>
<pb-message from="Sam">Haha danke, wer bist du?</pb-message>
<pb-message id="app" from="Lina" flag="moving-platform">Wollen wir in einer anderen App weiterschreiben? Das ist privater</pb-message>
<pb-message id="school" from="Lina">Auf welche Schule gehst du?</pb-message>
</pb-red-flag-hunt>`,
      },
    },
    {
      key: 'mythOrFact',
      tag: 'pb-myth-or-fact',
      markup: {
        fr: `<pb-myth-or-fact id="paying-stops-it" statement="Si tu paies, on te laisse tranquille." answer="myth">
Payer arrête rarement le chantage : souvent, ils reviennent et demandent plus.
</pb-myth-or-fact>`,
        nl: `<pb-myth-or-fact id="paying-stops-it" statement="Als je betaalt, laten ze je met rust." answer="myth">
Betalen houdt het zelden tegen: vaak komen ze terug en vragen ze meer.
</pb-myth-or-fact>`,
        en: `<pb-myth-or-fact id="paying-stops-it" statement="If you pay, they leave you alone." answer="myth">
Paying rarely stops it: often they come back and ask for more.
</pb-myth-or-fact>`,
        de: `<pb-myth-or-fact id="paying-stops-it" statement="Wenn du bezahlst, lassen sie dich in Ruhe." answer="myth">
Bezahlen beendet es selten: Oft kommen sie wieder und wollen mehr.
</pb-myth-or-fact>`,
      },
    },
    {
      key: 'actionPlan',
      tag: 'pb-action-plan',
      markup: {
        fr: `<pb-action-plan id="what-to-do">
<pb-step id="no-pay" why="Payer arrête rarement le chantage.">Ne jamais payer</pb-step>
<pb-step id="screenshots" why="Avant de bloquer : une conversation bloquée peut disparaître, et les preuves avec.">Faire des captures d’écran</pb-step>
<pb-step id="block" why="Une fois les preuves gardées.">Couper le contact et bloquer</pb-step>
<pb-step id="adult" why="Personne ne doit gérer ça seul·e.">En parler à un adulte de confiance</pb-step>
</pb-action-plan>`,
        nl: `<pb-action-plan id="what-to-do">
<pb-step id="no-pay" why="Betalen houdt het zelden tegen.">Nooit betalen</pb-step>
<pb-step id="screenshots" why="Vóór het blokkeren: een geblokkeerde chat kan verdwijnen, en het bewijs ook.">Screenshots nemen</pb-step>
<pb-step id="block" why="Zodra het bewijs bewaard is.">Contact stoppen en blokkeren</pb-step>
<pb-step id="adult" why="Niemand moet dit alleen oplossen.">Praten met een volwassene die je vertrouwt</pb-step>
</pb-action-plan>`,
        en: `<pb-action-plan id="what-to-do">
<pb-step id="no-pay" why="Paying rarely stops it.">Never pay</pb-step>
<pb-step id="screenshots" why="Before blocking: a blocked chat can vanish, and the proof with it.">Take screenshots</pb-step>
<pb-step id="block" why="Once the proof is saved.">Stop contact and block</pb-step>
<pb-step id="adult" why="Nobody has to deal with this alone.">Talk to an adult you trust</pb-step>
</pb-action-plan>`,
        de: `<pb-action-plan id="what-to-do">
<pb-step id="no-pay" why="Bezahlen beendet es selten.">Niemals bezahlen</pb-step>
<pb-step id="screenshots" why="Vor dem Blockieren: Ein blockierter Chat kann verschwinden und die Beweise mit ihm.">Screenshots machen</pb-step>
<pb-step id="block" why="Sobald die Beweise gesichert sind.">Kontakt abbrechen und blockieren</pb-step>
<pb-step id="adult" why="Niemand muss das allein schaffen.">Mit einer Vertrauensperson reden</pb-step>
</pb-action-plan>`,
      },
    },
    {
      key: 'agreeScale',
      tag: 'pb-agree-scale',
      markup: {
        fr: `<pb-agree-scale id="spot-fakes" statement="C’est facile de distinguer un faux profil d’un vrai."></pb-agree-scale>`,
        nl: `<pb-agree-scale id="spot-fakes" statement="Het is makkelijk om een nepprofiel van een echt te onderscheiden."></pb-agree-scale>`,
        en: `<pb-agree-scale id="spot-fakes" statement="It’s easy to tell a fake profile from a real one."></pb-agree-scale>`,
        de: `<pb-agree-scale id="spot-fakes" statement="Es ist leicht, ein Fake-Profil von einem echten zu unterscheiden."></pb-agree-scale>`,
      },
    },
    {
      key: 'wordCloud',
      tag: 'pb-word-cloud',
      markup: {
        fr: `<pb-word-cloud id="feelings" question="En un mot : comment Sam pourrait-il se sentir quand les menaces commencent ?" max-entries="2"></pb-word-cloud>`,
        nl: `<pb-word-cloud id="feelings" question="In één woord: hoe zou Sam zich voelen als de dreigementen beginnen?" max-entries="2"></pb-word-cloud>`,
        en: `<pb-word-cloud id="feelings" question="In one word: how might Sam feel when the threats start?" max-entries="2"></pb-word-cloud>`,
        de: `<pb-word-cloud id="feelings" question="In einem Wort: Wie könnte sich Sam fühlen, wenn die Drohungen anfangen?" max-entries="2"></pb-word-cloud>`,
      },
    },
    { key: 'questionBox', tag: 'pb-question-box', markup: same('<pb-question-box id="questions"></pb-question-box>') },
    { key: 'helpCard', tag: 'pb-help-card', markup: same(`<pb-help-card country="${country}"></pb-help-card>`) },
    {
      key: 'helpline',
      tag: 'pb-helpline',
      markup: {
        fr: 'Quelqu’un te fait chanter avec une image ? Parles-en à un adulte de confiance, ou à <pb-helpline></pb-helpline>.',
        nl: 'Word je afgeperst met een beeld? Praat erover met een volwassene die je vertrouwt, of met <pb-helpline></pb-helpline>.',
        en: 'Being blackmailed with a picture? Tell an adult you trust, or <pb-helpline></pb-helpline>.',
        de: 'Wirst du mit einem Bild erpresst? Sag es einem Erwachsenen, dem du vertraust, oder <pb-helpline></pb-helpline>.',
      },
    },
  ];
}
