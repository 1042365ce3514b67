/**
 * The activity gallery's sample of a red flag hunt (activities.html), as an author writes it in a deck's Markdown, in
 * every language: calm, fictional content that follows the decks' rules (app/activity-samples.test.ts holds it to
 * the deck compiler's checks). Registered with the element in components/activity-registry.ts.
 */
import type { GallerySample } from '../activity-registry.ts';

export const redFlagHuntSamples: readonly GallerySample[] = [
  {
    key: 'redFlagHunt',
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
];
