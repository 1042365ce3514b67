/**
 * The activity gallery's sample of an action plan (activities.html), as an author writes it in a deck's Markdown, in
 * every language: calm, fictional content that follows the decks' rules (app/activity-samples.test.ts holds it to
 * the deck compiler's checks). Registered with the element in components/activity-registry.ts.
 */
import type { GallerySample } from '../activity-registry.ts';

export const actionPlanSamples: readonly GallerySample[] = [
  {
    key: 'actionPlan',
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
];
