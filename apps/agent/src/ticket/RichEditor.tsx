import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { EditorContent, Extension, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import Mention from '@tiptap/extension-mention';
import { Placeholder } from '@tiptap/extension-placeholder';
import type { UserSchema } from '@tuki/shared';
import { useT } from '../i18n/useT.ts';
import { matchUsers } from './matchUsers.ts';
import { mentionIdsIn, toPlainText, type RichNode } from './richText.ts';
import { EditorToolbar } from './EditorToolbar.tsx';

/** What the composer can ask of the editor. */
export type RichEditorHandle = { focus: () => void; clear: () => void };

/** The editor's content in the three forms the composer keeps. */
export type RichContent = { html: string; text: string; mentionIds: string[] };

type Props = {
  id: string;
  initialHtml: string;
  label: string;
  users: UserSchema[];
  onChange: (content: RichContent) => void;
  onSubmit: () => void;
  onPasteFiles: (files: File[]) => void;
};

type Suggestion = { items: UserSchema[]; index: number; select: (user: UserSchema) => void };

function contentOf(editor: Editor): RichContent {
  if (editor.isEmpty) return { html: '', text: '', mentionIds: [] };
  const doc = editor.getJSON() as RichNode;
  return { html: editor.getHTML(), text: toPlainText(doc), mentionIds: mentionIdsIn(doc) };
}

/** The rich-text editor of the composer (TipTap/ProseMirror): bold, italic, links, lists, @mentions; loaded on demand. */
const RichEditor = forwardRef<RichEditorHandle, Props>(function RichEditor({ id, initialHtml, label, users, onChange, onSubmit, onPasteFiles }, ref) {
  const t = useT();
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  // The editor is built once; these refs let its callbacks see the latest props and state.
  const latest = useRef({ users, onChange, onSubmit, onPasteFiles, suggestion });
  latest.current = { users, onChange, onSubmit, onPasteFiles, suggestion };

  const editor = useEditor({
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    content: initialHtml,
    extensions: [
      StarterKit.configure({
        heading: false,
        trailingNode: false,
        horizontalRule: false,
        link: { openOnClick: false, autolink: true, defaultProtocol: 'https', protocols: ['mailto'], HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' } },
      }),
      Placeholder.configure({ placeholder: label }),
      Mention.configure({
        HTMLAttributes: { class: 'mention' },
        renderText: ({ node }) => `@${node.attrs.label ?? node.attrs.id}`,
        renderHTML: ({ node, options }) => ['span', { ...options.HTMLAttributes, 'data-type': 'mention', 'data-id': node.attrs.id }, `@${node.attrs.label ?? node.attrs.id}`],
        suggestion: {
          char: '@',
          items: ({ query }) => matchUsers(latest.current.users, query),
          render: () => ({
            onStart: (props) => setSuggestion({ items: props.items as UserSchema[], index: 0, select: (user) => props.command({ id: user.id, label: user.name }) }),
            onUpdate: (props) =>
              setSuggestion((current) => ({ items: props.items as UserSchema[], index: Math.min(current?.index ?? 0, Math.max(0, props.items.length - 1)), select: (user) => props.command({ id: user.id, label: user.name }) })),
            onKeyDown: ({ event }) => {
              const open = latest.current.suggestion;
              if (!open || open.items.length === 0) return false;
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                const step = event.key === 'ArrowDown' ? 1 : -1;
                setSuggestion({ ...open, index: (open.index + step + open.items.length) % open.items.length });
                return true;
              }
              if (event.key === 'Enter' || event.key === 'Tab') {
                open.select(open.items[open.index]);
                return true;
              }
              if (event.key === 'Escape') {
                setSuggestion(null);
                return true;
              }
              return false;
            },
            onExit: () => setSuggestion(null),
          }),
        },
      }),
      Extension.create({
        name: 'composerKeys',
        priority: 1000,
        addKeyboardShortcuts: () => ({
          'Mod-Enter': () => {
            latest.current.onSubmit();
            return true;
          },
          'Mod-k': () => {
            setLinkOpen(true);
            return true;
          },
          Escape: ({ editor: current }) => {
            if (latest.current.suggestion) return false;
            (current.view.dom as HTMLElement).blur();
            return true;
          },
        }),
      }),
    ],
    editorProps: {
      attributes: { id, role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, class: 'rich-editor-content' },
      handlePaste: (_view, event) => {
        const files = [...(event.clipboardData?.files ?? [])];
        if (files.length === 0) return false;
        latest.current.onPasteFiles(files);
        return true;
      },
      // Dropped files become attachments (the composer handles the drop); only text and HTML go into the editor.
      handleDrop: (_view, event) => Boolean((event as DragEvent).dataTransfer?.files.length),
    },
    onUpdate: ({ editor: current }) => latest.current.onChange(contentOf(current)),
  });

  const empty = useEditorState({ editor, selector: ({ editor: current }) => current.isEmpty });

  useImperativeHandle(ref, () => ({
    focus: () => editor.commands.focus('end'),
    clear: () => {
      editor.commands.clearContent(false);
      setSuggestion(null);
    },
  }));

  const listboxId = `${id}-mentions`;
  const open = suggestion !== null && suggestion.items.length > 0;
  const activeId = open ? `${listboxId}-${suggestion.index}` : null;
  useEffect(() => {
    // The editable element exists only once the editor is mounted; the combobox attributes follow the suggestion list.
    const apply = () => {
      const dom = editor.view.dom as HTMLElement;
      const set = (name: string, value: string | null) => (value === null ? dom.removeAttribute(name) : dom.setAttribute(name, value));
      set('aria-autocomplete', 'list');
      set('aria-controls', activeId ? listboxId : null);
      set('aria-activedescendant', activeId);
    };
    if (editor.isInitialized) apply();
    editor.on('create', apply);
    return () => {
      editor.off('create', apply);
    };
  }, [editor, activeId, listboxId]);

  return (
    <div className={empty ? 'rich-editor' : 'rich-editor has-text'}>
      <EditorToolbar editor={editor} linkOpen={linkOpen} onLinkOpen={setLinkOpen} />
      <EditorContent editor={editor} />
      {open && (
        <ul id={listboxId} role="listbox" className="mention-list" aria-label={t('composer.mentionSuggestions')}>
          {suggestion.items.map((user, index) => (
            <li
              key={user.id}
              id={`${listboxId}-${index}`}
              role="option"
              aria-selected={index === suggestion.index}
              className={index === suggestion.index ? 'mention-option mention-option-active' : 'mention-option'}
              onMouseDown={(event) => {
                event.preventDefault();
                suggestion.select(user);
              }}
            >
              <strong>{user.name}</strong> <span className="faint">{user.email}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});

export default RichEditor;
