// The UI in another language: the browser runs in Spanish (`LANGUAGE=es`, with Debian's
// chromium-l10n installed), so the popup, its rule titles and reasons and the hover card
// and the options page read from public/_locales/es; screenshots in tests/output/ for people to look at.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { shownCard } from './coach-ui';
import { CHROMIUM, GMAIL, GMAIL_REPLY, openPopup, OUTPUT, PLAIN, tabState, typeIn } from './harness';
import { BAD_REPLY } from './replies';
import { useSession } from './session';

const session = useSession({ locale: 'es' });
mkdirSync(OUTPUT, { recursive: true });

describe('the popup in Spanish', () => {
  test('the browser runs in Spanish', async () => {
    if (CHROMIUM === '/usr/bin/chromium' && !existsSync('/usr/lib/chromium/locales/es.pak')) {
      throw new Error('Chromium has no Spanish UI here: `apt-get install -y chromium-l10n` as root.');
    }
    const language = await (await session().worker()).evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
    expect(language).toMatch(/^es/);
  });

  test('the empty state and the paste area', async () => {
    const { page, tabId } = await typeIn(session(), PLAIN, 'h1');
    const popup = await openPopup(session(), tabId);
    await expect.poll(() => popup.locator('.empty-title').textContent()).toBe('No hay cuadro de respuesta en esta página');
    expect(await popup.getByRole('button', { name: 'Revisar respuesta' }).count()).toBe(1);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('es');
    await popup.screenshot({ path: join(OUTPUT, 'popup-es-empty.png'), fullPage: true });
    await popup.close();
    await page.close();
  });

  test('a reply on the page: headings, scores, rule titles and reasons in Spanish', async () => {
    const { page, tabId } = await typeIn(session(), GMAIL, GMAIL_REPLY, BAD_REPLY);
    await expect.poll(async () => (await tabState(session(), tabId))?.result.findings.length ?? 0).toBeGreaterThan(0);
    const popup = await openPopup(session(), tabId);
    const shield = popup.locator('.card.flag[data-rule="policy-shield"]');
    await shield.waitFor();
    expect(await shield.locator('.tag').innerText()).toContain('Escudarse en la política');
    expect(await shield.locator('.why').textContent()).toMatch(/^Citar una política/);
    expect(await popup.locator('h2').first().innerText()).toMatch(/frases que hacen daño/i);
    expect(await popup.locator('.dial').first().getAttribute('aria-label')).toMatch(/^Escucha: \d+ de 100, /);
    expect(await popup.locator('.card.suggestion button').first().innerText()).toBe('Insertar');
    await popup.screenshot({ path: join(OUTPUT, 'popup-es-bad.png'), fullPage: true });
    await popup.close();

    // The hover card on the page speaks Spanish too.
    const box = await page.evaluate(() => {
      const range = [...CSS.highlights].filter(([n]) => n.startsWith('replycoach-warn')).flatMap(([, h]) => [...h] as Range[]).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[0] as Range | undefined;
      const rect = range?.getBoundingClientRect();
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : undefined;
    });
    expect(box).toBeDefined();
    await page.mouse.move(box!.x, box!.y);
    await expect.poll(async () => (await shownCard(page)) !== undefined).toBe(true);
    expect((await shownCard(page))!.label).toBe('Prueba');
    await page.screenshot({ path: join(OUTPUT, 'gmail-es-card.png') });
    await page.close();
  });

  test('the options page', async () => {
    const options = await session().context.newPage();
    await options.setViewportSize({ width: 1280, height: 900 });
    await options.goto(`chrome-extension://${session().extensionId}/src/options/options.html`);
    await options.locator('tbody.rule').first().waitFor();
    expect(await options.title()).toBe('Ajustes de ReplyCoach');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await options.locator('tbody.rule[data-rule="policy-shield"] .title').innerText()).toBe('Escudarse en la política');
    expect(await options.locator('#moves-title').innerText()).toBe('Lo que falta');
    expect(await options.locator('#moves-title + .help code').innerText()).toBe('{issue}');
    expect(await options.getByRole('button', { name: 'Guardar' }).count()).toBe(1);
    // The rules table and the sections added with it.
    expect(await options.locator('nav.toc').innerText()).toContain('Compartir con tu equipo');
    expect(await options.locator('tbody.rule[data-rule="dead-end"] select[name=weight] option').allInnerTexts()).toEqual(['Bajo', 'Medio', 'Alto']);
    await options.getByLabel('Buscar reglas').fill('culpa');
    await expect.poll(() => options.locator('tbody.rule').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-rule')))).toEqual(['blame-shift']);
    expect(await options.locator('.search-count').innerText()).toMatch(/^1 de \d+ reglas$/);
    await options.getByRole('button', { name: 'Borrar búsqueda' }).click();
    await options.locator('tbody.rule[data-rule="policy-shield"] button.disclosure').click();
    expect(await options.locator('tbody.rule[data-rule="policy-shield"] .builtin h4').innerText()).toBe('Frases incluidas');
    expect(await options.locator('#sharing-title').innerText()).toBe('Compartir con tu equipo');
    await options.screenshot({ path: join(OUTPUT, 'options-es.png') });
    await options.close();
  });
});
