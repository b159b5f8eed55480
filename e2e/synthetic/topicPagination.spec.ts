import { expect, NOT_FOUND_RESOURCE, openPage, reloadPage, test } from '../fixtures.ts';

// In the generated edition of 45 stories every story is filed under one broad topic as well as two
// narrow ones: its pages run long, like the front page's.

test.use({ allowedConsoleErrors: [NOT_FOUND_RESOURCE] });

test('a long topic is paginated like the front page, and its later pages switch language in place', async ({
  page,
  reader,
}) => {
  await openPage(page, '/fr/topics/actualite');
  await expect(reader.headline()).toHaveText('Actualité');
  const stories = page.getByRole('heading', { level: 2 });
  await expect(stories).toHaveCount(25);
  await expect(stories.first()).toHaveText('Dépêche synthétique n° 1');
  const pages = page.getByRole('navigation', { name: 'Pages du sujet Actualité' });

  const documents = reader.countDocumentRequests();
  await pages.getByRole('link', { name: 'Articles plus anciens' }).click();
  await expect(page).toHaveURL('/fr/topics/actualite?page=2');
  await expect(stories.first()).toHaveText('Dépêche synthétique n° 26');
  await expect(page).toHaveTitle('Actualité, Page 2 — Kiosque');

  await reader.languageLink('English').click();
  await expect(page).toHaveURL('/en/topics/news?page=2');
  await expect(reader.headline()).toHaveText('News');
  const englishPages = page.getByRole('navigation', { name: 'Pages of the topic News' });
  await expect(englishPages).toContainText('Page 2');
  await expect(englishPages.getByRole('link', { name: 'Newer stories' })).toHaveAttribute('href', '/en/topics/news');
  expect(documents.count).toBe(0);

  await reloadPage(page);
  await expect(stories).toHaveCount(20);
  await openPage(page, '/fr/topics/actualite?page=3');
  await expect(reader.headline()).toHaveText('Page introuvable');
});
