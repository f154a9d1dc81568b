import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import { useT } from '../i18n/useT.ts';
import { Icon } from '../common/Icon.tsx';

/** An address as typed → a link target: http(s) and mailto only; bare domains get https, bare addresses mailto. */
export function normalizeHref(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  if (/^(https?:\/\/|mailto:)/i.test(value)) return value;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return `mailto:${value}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return null;
  return /^[^\s]+\.[^\s]+$/.test(value) ? `https://${value}` : null;
}

type Props = { editor: Editor; linkOpen: boolean; onLinkOpen: (open: boolean) => void };

/** Formatting buttons (bold, italic, link, lists, quote) with accessible names and their keyboard shortcuts, and the link form. */
export function EditorToolbar({ editor, linkOpen, onLinkOpen }: Props) {
  const t = useT();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      link: current.isActive('link'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
    }),
  });

  const button = (name: keyof typeof state, label: string, run: () => void, content: ReactNode, keys?: string) => (
    <button
      type="button"
      className="toolbar-btn"
      aria-label={label}
      title={keys ? `${label} (${keys.replace('Control', 'Ctrl')})` : label}
      aria-pressed={state[name]}
      aria-keyshortcuts={keys}
      // Keeps the selection in the editor while clicking.
      onMouseDown={(event) => event.preventDefault()}
      onClick={run}
    >
      {content}
    </button>
  );

  return (
    <>
      <div className="editor-toolbar" role="toolbar" aria-label={t('composer.formatting')}>
        {button('bold', t('composer.bold'), () => editor.chain().focus().toggleBold().run(), <strong aria-hidden="true">B</strong>, 'Control+B')}
        {button('italic', t('composer.italic'), () => editor.chain().focus().toggleItalic().run(), <em aria-hidden="true">I</em>, 'Control+I')}
        {button('link', t('composer.link'), () => onLinkOpen(!linkOpen), <Icon name="link" />, 'Control+K')}
        <span className="toolbar-sep" aria-hidden="true" />
        {button('bulletList', t('composer.bulletList'), () => editor.chain().focus().toggleBulletList().run(), <Icon name="list-bullet" />)}
        {button('orderedList', t('composer.numberedList'), () => editor.chain().focus().toggleOrderedList().run(), <Icon name="list-numbered" />)}
        {button('blockquote', t('composer.quote'), () => editor.chain().focus().toggleBlockquote().run(), <span aria-hidden="true">❝</span>)}
      </div>
      {linkOpen && <LinkForm editor={editor} active={state.link} onClose={() => onLinkOpen(false)} />}
    </>
  );
}

function LinkForm({ editor, active, onClose }: { editor: Editor; active: boolean; onClose: () => void }) {
  const t = useT();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(() => (editor.getAttributes('link').href as string | undefined) ?? '');
  const [invalid, setInvalid] = useState(false);

  useEffect(() => inputRef.current?.focus(), []);

  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const href = normalizeHref(value);
    if (!href) {
      setInvalid(true);
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !active) chain.insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href } }] }).run();
    else chain.setLink({ href }).run();
    onClose();
  };

  return (
    <form className="link-form" onSubmit={apply} onKeyDown={(event) => event.key === 'Escape' && (event.preventDefault(), close())}>
      <label htmlFor={inputId}>{t('composer.linkAddress')}</label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        inputMode="url"
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${inputId}-error` : undefined}
        placeholder="https://"
        onChange={(event) => {
          setValue(event.target.value);
          setInvalid(false);
        }}
      />
      <button type="submit" className="btn btn-small">{t('composer.applyLink')}</button>
      {active && (
        <button
          type="button"
          className="btn btn-small btn-ghost"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onClose();
          }}
        >
          {t('composer.removeLink')}
        </button>
      )}
      <button type="button" className="btn btn-small btn-ghost" onClick={close}>{t('common.cancel')}</button>
      {invalid && <span id={`${inputId}-error`} className="link-error" role="alert">{t('composer.invalidLink')}</span>}
    </form>
  );
}
