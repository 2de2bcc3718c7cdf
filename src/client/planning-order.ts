/**
 * /planning/: moves what runs now or is still to come into the "Nu en
 * binnenkort" list at the top (earliest first), and shows what has passed
 * below it, the most recent year and item first. Today is the browser's date
 * in the Netherlands, so a static build never freezes it. Without JavaScript
 * the page is the plain list by year.
 */
import { todayInAmsterdam } from '../lib/calendar-date.ts';
import { upcomingFirst } from '../lib/planning-order.ts';

const container = document.querySelector<HTMLElement>('[data-upcoming-first]');
const upcomingSection = container?.querySelector<HTMLElement>('[data-upcoming]');
const upcomingList = upcomingSection?.querySelector<HTMLOListElement>('ol');
if (container && upcomingSection && upcomingList) {
  const sections = [...container.querySelectorAll<HTMLElement>('[data-year]')];
  const items = sections.flatMap((s) => [...s.querySelectorAll<HTMLElement>('li[data-start][data-end]')]);
  const { upcoming, past } = upcomingFirst(items.map((li) => ({ start: li.dataset.start!, end: li.dataset.end! })), todayInAmsterdam());
  for (const i of upcoming) upcomingList.append(items[i]!);
  // Appending in the order of `past` reorders each year's list, the latest first.
  for (const i of past) items[i]!.parentElement!.append(items[i]!);
  for (const section of sections.sort((a, b) => Number(b.dataset.year) - Number(a.dataset.year))) {
    section.hidden = !section.querySelector('li[data-start]');
    container.append(section);
  }
  upcomingSection.hidden = upcoming.length === 0;
  // Whichever script ran first, "Vandaag" heads the list of what runs now or comes next.
  const marker = container.querySelector<HTMLElement>('li.today-marker');
  if (marker) {
    if (upcoming.length > 0) upcomingList.prepend(marker);
    else marker.remove();
  }
  const pastIntro = container.querySelector<HTMLElement>('[data-past-intro]');
  if (pastIntro) {
    pastIntro.hidden = past.length === 0;
    sections.find((s) => !s.hidden)?.before(pastIntro);
  }
}
