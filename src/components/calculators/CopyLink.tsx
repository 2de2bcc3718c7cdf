/** "Kopieer link": copies the link to this calculation; falls back to a text field to copy by hand. */
import { useRef, useState } from 'preact/hooks';

export function CopyLink(props: { readonly url: () => string; readonly id: string }) {
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const fieldRef = useRef<HTMLInputElement | null>(null);

  async function copy() {
    const url = props.url();
    setStatus('');
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setFallback(null);
      setStatus('Link gekopieerd');
    } catch {
      setFallback(url);
      setStatus('Kopiëren lukte niet. Selecteer de link hieronder en kopieer hem zelf.');
      setTimeout(() => fieldRef.current?.select(), 0);
    }
  }

  return (
    <div class="calc-copy no-print">
      <button type="button" class="calc-button calc-button--secondary" onClick={copy}>Kopieer link</button>
      <span class="calc-copy__status" role="status">{status}</span>
      {fallback !== null && (
        <div class="calc-field">
          <label class="calc-field__label" for={`${props.id}-link`}>Link naar deze berekening</label>
          <input ref={fieldRef} class="calc-input calc-input--wide" id={`${props.id}-link`} type="text" readOnly value={fallback}
            onFocus={(event) => (event.currentTarget as HTMLInputElement).select()} />
        </div>
      )}
    </div>
  );
}
