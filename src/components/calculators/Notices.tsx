/** Visible notice about parameters from the link that were ignored. */
export function Notices(props: { readonly notices: readonly string[] }) {
  if (props.notices.length === 0) return null;
  return (
    <div class="calc-notice" role="status">
      <p class="calc-notice__title">Niet alles uit de link is gebruikt</p>
      <ul>{props.notices.map((notice, index) => <li key={index}>{notice}</li>)}</ul>
    </div>
  );
}
