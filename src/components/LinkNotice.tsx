/**
 * Visible notice about what a link's query held that was not used: one
 * sentence per parameter, from describeIgnored (src/lib/url-state.ts).
 * Islands render it with this component; browser scripts build the same
 * markup with src/client/link-notice.ts.
 */
export function LinkNotice(props: { readonly notices: readonly string[] }) {
  if (props.notices.length === 0) return null;
  return (
    <div class="calc-notice no-print" role="status">
      <p class="calc-notice__title">Niet alles uit de link is gebruikt</p>
      <ul>{props.notices.map((notice, index) => <li key={index}>{notice}</li>)}</ul>
    </div>
  );
}
