import type { BlockView } from '../../content/published';
import { useLang, useT } from '../../i18n/lang';
import { assertNever } from '../../ui/assertNever';
import { StoryLink } from '../../ui/StoryLink';

function ReadAlso({ block }: { block: Extract<BlockView, { type: 'readAlso' }> }) {
  const t = useT();
  const lang = useLang();
  return (
    <aside className="read-also" id={block.id} aria-labelledby={`${block.id}-label`}>
      <p className="read-also__label" id={`${block.id}-label`}>
        {t('article.readAlso')}
      </p>
      <p className="read-also__link">
        <StoryLink lang={lang} slug={block.story.slug}>
          {block.text}
        </StoryLink>
      </p>
    </aside>
  );
}

/** The one renderer for article blocks: every block type is handled here, or type-checking fails. */
export function ArticleBlock({ block }: { block: BlockView }) {
  switch (block.type) {
    case 'paragraph':
      return <p id={block.id}>{block.text}</p>;
    case 'readAlso':
      return <ReadAlso block={block} />;
    default:
      return assertNever(block);
  }
}
