import { articlePath, READ_ALSO_ID, SEED_ID, story } from './edition.ts';
import { expect, openPage, reloadPage, serviceWorkerControls, test } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });

test('after one visit, the edition reads offline: reload, related stories, language switch, front page', async ({
  page,
  context,
  reader,
}) => {
  await openPage(page, articlePath(SEED_ID, 'fr'));
  await expect(reader.headline()).toHaveText(story(SEED_ID, 'fr').headline);
  await serviceWorkerControls(page);

  await context.setOffline(true);
  await reloadPage(page);
  await expect(reader.headline()).toHaveText(story(SEED_ID, 'fr').headline);
  await expect(reader.bodyParagraphs()).toHaveCount(7);

  await reader.readAlso('Lire aussi').getByRole('link').click();
  await expect(reader.headline()).toHaveText(story(READ_ALSO_ID, 'fr').headline);

  await reader.languageLink('English').click();
  await expect(reader.headline()).toHaveText(story(READ_ALSO_ID, 'en').headline);
  await expect(reader.bodyParagraphs().first()).toHaveText(story(READ_ALSO_ID, 'en').blocks[0]!.text);

  await openPage(page, '/en/');
  await expect(reader.headline()).toHaveText('Top stories');
  await openPage(page, `/en/articles/${story(SEED_ID, 'en').slug}`);
  await expect(reader.headline()).toHaveText(story(SEED_ID, 'en').headline);
  await openPage(page, '/fr/?page=1');
  await expect(reader.headline()).toHaveText('À la une');
});

test('on a network that never answers, the saved edition opens once the network has had its wait', async ({
  page,
  context,
  reader,
}) => {
  await openPage(page, articlePath(SEED_ID, 'fr'));
  await serviceWorkerControls(page);

  // Every request, the service worker's own included, leaves and never comes back.
  await context.route('**/*', () => undefined);
  await reloadPage(page);
  await expect(reader.headline()).toHaveText(story(SEED_ID, 'fr').headline);
  await reader.readAlso('Lire aussi').getByRole('link').click();
  await expect(reader.headline()).toHaveText(story(READ_ALSO_ID, 'fr').headline);
  await openPage(page, '/en/');
  await expect(reader.headline()).toHaveText('Top stories');
});

test('the web app manifest names Kiosque, its icons and its colours', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    name: string;
    short_name: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string }[];
  };
  expect(manifest.short_name).toBe('Kiosque');
  expect(manifest.theme_color).toMatch(/^#/);
  expect(manifest.background_color).toMatch(/^#/);
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png');
});
