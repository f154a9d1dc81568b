import { useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { useToast } from '../common/ToastProvider.tsx';

/** Copies a secret to the clipboard and says so. */
export function CopyButton({ text }: { text: string }) {
  const t = useT();
  const toast = useToast();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch (error) {
      toast.error(error);
    }
  };
  return (
    <button type="button" className="btn btn-small" onClick={() => void copy()}>
      {copied ? t('admin.copied') : t('admin.copy')}
    </button>
  );
}
