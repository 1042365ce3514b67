/**
 * A whole lesson as a new teacher runs it, in French: the welcome deck then "Spot the script" with one class
 * session (one code), three phones (one of them set to English), one console on the teacher's phone, the projector
 * at 1280×720 and the speaker-notes window open. At every step: the console and the projector name the slide
 * alike, the focus lands on something meaningful, screen readers hear what changed, nothing lingers from one poll
 * or deck to the next, the projected slide fits with its live content and its QR code scans, and axe finds nothing
 * once the transitions have ended.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAccessible, kitContext, sharedBrowser } from './browser';
import { expectQrReadable, expectSlideFits } from './projected-slide';

const baseUrl = inject('baseUrl');
/** How long a state may take to show on a busy machine (a poll checks it again and again until then). */
const WAIT = { timeout: 15_000 };
const phoneSize = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };

const browser = sharedBrowser();

/** What an element shows, its shadow root included, whitespace folded. */
const shownText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => `${el.shadowRoot?.textContent ?? ''} ${el.textContent}`.replace(/\s+/g, ' '));

/** The projector's slide counter ("7 / 10"), as reveal.js draws it. */
const projectorNumber = async (presenter: Page): Promise<string> =>
  (await presenter.locator('.reveal .slide-number').innerText()).replace(/\s+/g, ' ').trim();

/** The element with the keyboard focus, through shadow roots: its tag, its part or id, and its text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return {
      tag: el?.localName ?? '',
      part: el?.getAttribute('part') ?? el?.id ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  });

/** The console's slide heading and the projector's counter agree: "Diapositive 7 / 10" and "7 / 10". */
async function expectSameSlideNumber(presenter: Page, console_: Page): Promise<void> {
  await expect
    .poll(async () => {
      const heading = (await console_.locator('#slide-title').innerText()).trim().replace(/^Diapositive\s+/, '');
      const projected = await projectorNumber(presenter);
      return heading === projected ? 'same' : `console ${heading}, projector ${projected}`;
    }, WAIT)
    .toBe('same');
}

interface Phone {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly done: () => Promise<void>;
}

/** A phone that opens the join link, as the QR code gives it, and waits to be seated. */
async function joinOnPhone(url: string, locale: string, shows: RegExp): Promise<Phone> {
  const kit = await kitContext(browser, baseUrl, { ...phoneSize, locale });
  const page = await kit.newPage();
  await page.goto(url);
  await page.getByText(shows).first().waitFor();
  return {
    page,
    context: kit.context,
    done: async () => {
      kit.assertClean();
      await kit.context.close();
    },
  };
}

/** The projectors a classroom has: reveal.js scales the 1280×720 slide to each. */
const PROJECTORS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

describe('a whole lesson', () => {
  it.each(PROJECTORS)(
    'runs the welcome deck then Spot the script on one class session, one console and three phones ($width×$height)',
    { timeout: 240_000 },
    async (projector) => {
      const presenterKit = await kitContext(browser, baseUrl, { locale: 'fr-BE', viewport: projector });
      const presenter = await presenterKit.newPage();
      await presenter.goto(`${baseUrl}/present.html?deck=welcome&lang=fr&country=BE#/1`);

      // Start: the form makes way for the join code, and the focus goes to it, not to the page.
      await presenter.getByRole('spinbutton', { name: 'Combien d’élèves ?' }).fill('3');
      await presenter.getByRole('button', { name: 'Démarrer une session de classe' }).click();
      const codeLocator = presenter.locator('.reveal section.present pb-join [part="code"] [aria-hidden]');
      await codeLocator.waitFor();
      const code = (await codeLocator.innerText()).replace(/\s/g, '');
      expect(code).toMatch(/^[A-Z2-9]{6}$/);
      await expect.poll(() => focused(presenter), WAIT).toMatchObject({ part: 'code' });
      // What the class sees: the whole join slide, and a QR code a phone scans from a picture of the screen.
      await expectSlideFits(presenter, 'welcome, join slide, session started');
      const qr = presenter.locator('.reveal section.present pb-join svg[part="qr"]');
      await expectQrReadable(presenter, qr, new RegExp(`/join\\?code=${code}&lang=fr$`));
      // One form of address: the projected join slide speaks to the class as the deck does ("vous").
      const joinSlide = await shownText(presenter, '.reveal section.present pb-join');
      expect(joinSlide).toContain('Sur votre GSM, ouvrez');
      expect(joinSlide).toContain('et tapez le code');
      await expectAccessible(presenter);

      // The speaker-notes window, for the teacher's own screen: in French, with a 24-hour clock.
      const [notes] = await Promise.all([presenterKit.context.waitForEvent('page'), presenter.keyboard.press('s')]);
      await notes.locator('#speaker-controls').waitFor();
      await expect.poll(() => notes.evaluate(() => document.documentElement.lang), WAIT).toBe('fr');
      await expect.poll(() => notes.locator('#upcoming-slide .label').innerText(), WAIT).toBe('Dia suivante');
      await expect.poll(() => notes.locator('.clock-value').innerText(), WAIT).toMatch(/^\d{1,2}:\d{2}$/);
      // Its notes name the buttons as they read on the slide.
      await expect
        .poll(() => notes.locator('.speaker-controls-notes').innerText(), WAIT)
        .toContain('Continuer sans GSM');
      const pairing = await presenter
        .locator('.reveal section.present aside.notes .pb-pairing a')
        .first()
        .getAttribute('href');
      expect(pairing).toMatch(/console#/);

      // The console, on the teacher's phone.
      const consoleKit = await kitContext(browser, baseUrl, { ...phoneSize, locale: 'fr-BE' });
      const console_ = await consoleKit.newPage();
      await console_.goto(new URL(pairing!, presenter.url()).href);
      await console_.getByText(code).waitFor();

      // Three phones: two in French from the QR code's link, one whose owner reads English.
      const link = `${baseUrl}/join?code=${code}&lang=fr`;
      const phones = [
        await joinOnPhone(link, 'fr-BE', /Attends la prochaine question/),
        await joinOnPhone(link, 'fr-BE', /Attends la prochaine question/),
        await joinOnPhone(`${baseUrl}/join?code=${code}`, 'en-GB', /Wait for the next question/),
      ];
      // Join: the focus moved to what the phone now says.
      expect(await focused(phones[0]!.page)).toMatchObject({ tag: 'h1' });
      await console_.getByText('3 élèves connecté·es').waitFor();
      for (const phone of phones) await expectAccessible(phone.page);
      await expectAccessible(console_);

      // The console moves the deck to the poll; at every step it names the slide as the projector does.
      await expectSameSlideNumber(presenter, console_);
      // As the deck writes it, with French typography's narrow no-break space before the question mark.
      const poll = 'Laquelle de nos règles compte le plus pour vous\u202f?';
      const pollOnScreen = presenter.locator('.reveal section.present pb-poll');
      for (let step = 0; step < 8 && (await pollOnScreen.count()) === 0; step++) {
        await console_.getByRole('button', { name: 'Diapositive suivante' }).click();
        await expectSameSlideNumber(presenter, console_);
      }
      await pollOnScreen.getByText(poll).waitFor();
      await expect(projectorNumber(presenter)).resolves.toBe('7 / 10');

      // A question sent from a phone before the poll opens…
      await phones[0]!.page.getByRole('textbox', { name: 'Ta question' }).fill('Est-ce que c’est illégal ?');
      await phones[0]!.page.getByRole('button', { name: 'Envoyer ma question' }).click();
      await phones[0]!.page.getByText('Question envoyée. Merci !').first().waitFor();

      // Open, from the console: the focus stays on the poll's button, which now closes it.
      await console_.getByRole('button', { name: 'Ouvrir le sondage' }).focus();
      await console_.keyboard.press('Enter');
      await expect.poll(() => focused(console_), WAIT).toMatchObject({ text: 'Fermer le sondage' });
      // …does not linger under the question that opened since.
      await phones[0]!.page.getByText(poll, { exact: true }).first().waitFor();
      expect(await phones[0]!.page.getByText('Question envoyée').count()).toBe(0);

      const answer = async (phone: Phone, option: RegExp, send: string, received: RegExp) => {
        await phone.page.getByRole('radio', { name: option }).check();
        await phone.page.getByRole('button', { name: send }).click();
        await phone.page.getByText(received).first().waitFor();
      };
      await answer(phones[0]!, /Chacun peut passer son tour/, 'Envoyer ma réponse', /Réponse reçue/);
      await answer(phones[1]!, /Chacun peut passer son tour/, 'Envoyer ma réponse', /Réponse reçue/);
      // The English phone: its own words in English, the deck's poll marked as French for its screen reader.
      await answer(phones[2]!, /Le respect, pas de jugement/, 'Send my answer', /Answer received/);
      const marked = await phones[2]!.page
        .locator('pb-poll-form')
        .evaluate((form) =>
          [...form.shadowRoot!.querySelectorAll('[lang="fr"]')].map((el) =>
            el.textContent!.replace(/\s+/g, ' ').trim(),
          ),
        );
      expect(marked).toContain(poll.replace(/\s+/g, ' '));
      expect(marked).toContain('Le respect, pas de jugement');
      // Screen readers heard the question open, in a live region.
      await expect
        .poll(() => phones[2]!.page.locator('pb-join-app main > .visually-hidden[role="status"]').innerText(), WAIT)
        .toBe('New question open: answer below.');
      await expectAccessible(phones[2]!.page);

      const slidePoll = () => shownText(presenter, '.reveal section.present pb-poll');
      await expect.poll(slidePoll, WAIT).toContain('Ouvert : 3 réponses');
      await console_.getByRole('button', { name: 'Fermer le sondage' }).click();
      await console_.getByRole('button', { name: 'Afficher les résultats' }).focus();
      await console_.keyboard.press('Enter');
      // Reveal: the button goes; the focus goes to the poll's other button, not to the page.
      await expect.poll(() => focused(console_), WAIT).toMatchObject({ text: 'Rouvrir' });
      await expect.poll(slidePoll, WAIT).toMatch(/Chacun peut passer son tour.{0,40}2 réponses/);
      await expectSlideFits(presenter, 'welcome, poll results revealed, five options');
      await phones[0]!.page.getByText('ta réponse compte').first().waitFor();
      await expectAccessible(presenter);
      await expectAccessible(console_);
      await expectAccessible(phones[0]!.page);

      // The kit home, on the same laptop, says the class session runs and that Present continues it.
      const home = await presenterKit.newPage();
      await home.goto(`${baseUrl}/`);
      await home.locator('pb-class-session').getByText(`code ${code}`).waitFor();
      expect(await shownText(home, 'pb-class-session')).toContain('Comment on travaille ensemble');
      // The activities gallery, to try them before a session, is one link away.
      await home.getByRole('link', { name: /Galerie des activités/ }).waitFor();
      await expectAccessible(home);
      await home.close();

      // On to the next deck, from the presenter's "next" link (the keyboard's way; the notes hold the same link).
      // The last slide's notes hold the same link, which opens the next deck in this window, not in the notes'.
      const inNotes = presenter.locator('.reveal .slides > section:last-of-type aside.notes .pb-next-deck a');
      expect(await inNotes.getAttribute('href')).toContain('deck=spot-the-script');
      expect(await inNotes.getAttribute('target')).toBe(await presenter.evaluate(() => window.name));
      const next = presenter.locator('a.pb-next-deck');
      expect(await next.innerText()).toContain('Repérer le scénario');
      await next.focus();
      await presenter.keyboard.press('Enter');
      await presenter.waitForURL(/deck=spot-the-script/);
      // reveal.js marks the deck ready once it takes keys.
      await presenter.locator('.reveal.ready').waitFor();

      // The same session goes on: same code on the join slide, no start button, the phones still in.
      const joinSlide2 = presenter.locator('.reveal section.present pb-join');
      for (let step = 0; step < 4 && (await joinSlide2.count()) === 0; step++) {
        await presenter.keyboard.press('ArrowRight');
      }
      await expect
        .poll(
          async () =>
            (
              await presenter.locator('.reveal section.present pb-join [part="code"] [aria-hidden]').innerText()
            ).replace(/\s/g, ''),
          WAIT,
        )
        .toBe(code);
      expect(await presenter.getByRole('button', { name: 'Démarrer une session de classe' }).count()).toBe(0);
      await expectSlideFits(presenter, 'spot-the-script, join slide, session continued');
      await expectQrReadable(
        presenter,
        presenter.locator('.reveal section.present pb-join svg[part="qr"]'),
        new RegExp(`/join\\?code=${code}&lang=fr$`),
      );
      await expectAccessible(presenter);
      // The phones wait for the new deck's first question: nothing of the welcome deck stays on them.
      await phones[0]!.page.getByText('Attends la prochaine question').first().waitFor();
      await phones[2]!.page.getByText('Wait for the next question').first().waitFor();
      expect(await phones[0]!.page.getByText('ta réponse compte').count()).toBe(0);
      // The console follows, without pairing again, and still names slides as the projector does.
      await console_.getByText('3 élèves connecté·es').waitFor();
      await expectSameSlideNumber(presenter, console_);
      // The notes window followed the deck: its notes are this slide's, its previews this deck's.
      await expect
        .poll(() => notes.locator('#current-slide iframe').getAttribute('src'), WAIT)
        .toContain('deck=spot-the-script');
      await expect
        .poll(() => notes.locator('.speaker-controls-notes').innerText(), WAIT)
        .toContain('Continuer sans GSM');
      expect(await notes.evaluate(() => document.documentElement.lang)).toBe('fr');

      // The new deck's first poll, from the button under it on the slide: the focus stays on the poll's buttons.
      await console_.getByRole('button', { name: 'Diapositive suivante' }).click();
      const scale = 'Si quelqu’un de mon âge se faisait faire chanter avec une image intime, je saurais quoi faire.';
      await presenter.locator('.reveal section.present pb-poll').getByText(scale).waitFor();
      await expectSameSlideNumber(presenter, console_);
      await presenter
        .locator('.reveal section.present pb-poll')
        .getByRole('button', { name: 'Ouvrir le sondage' })
        .focus();
      await presenter.keyboard.press('Enter');
      await expect.poll(() => focused(presenter), WAIT).toMatchObject({ text: 'Fermer le sondage' });
      await expectSlideFits(presenter, 'spot-the-script, scale poll open');
      for (const phone of phones) await phone.page.getByText(scale, { exact: true }).waitFor();
      // The question sent on the welcome deck left no "question sent" behind on this one.
      expect(await phones[0]!.page.getByText('Question envoyée').count()).toBe(0);
      await phones[2]!.page.getByRole('radio', { name: /^4/ }).check();
      await phones[2]!.page.getByRole('button', { name: 'Send my answer' }).click();
      await phones[2]!.page
        .getByText(/Answer received/)
        .first()
        .waitFor();
      await expect
        .poll(() => shownText(presenter, '.reveal section.present pb-poll'), WAIT)
        .toContain('Ouvert : 1 réponse');
      // This deck's poll is its own: the welcome poll's three answers are not counted here.
      await expect
        .poll(() => console_.locator('.poll [role="status"]').first().innerText(), WAIT)
        .toContain('Ouvert : 1 réponse');
      await expectAccessible(presenter);
      await expectAccessible(console_);
      await expectAccessible(phones[2]!.page);

      // The question asked on the welcome deck, approved in the console, shown on this deck's question box.
      await console_.getByRole('button', { name: 'Valider' }).first().click();
      await presenter.evaluate(() => {
        location.hash = '#/15';
      });
      const box = presenter.locator('.reveal section.present pb-question-box');
      await box.getByRole('button', { name: 'Montrer les questions' }).click();
      await box.getByText('Est-ce que c’est illégal', { exact: false }).waitFor();
      await expectSlideFits(presenter, 'spot-the-script, the approved question shown');
      await expectAccessible(presenter);

      for (const phone of phones) await phone.done();
      presenterKit.assertClean();
      consoleKit.assertClean();
      await presenterKit.context.close();
      await consoleKit.context.close();
    },
  );
});
