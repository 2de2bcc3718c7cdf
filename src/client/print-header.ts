/**
 * Fills the print header (PrintHeader.astro) with the date of printing and
 * the address of the page as it is now (a calculator's or the self-check's
 * answers are in the query). Runs on load and again just before printing.
 * Kept tiny: it loads on every page. An empty date line is not printed.
 */
import { printDateText } from '../lib/print-header.ts';

function fill(): void {
  const date = document.querySelector('[data-print-date]');
  if (date) date.textContent = printDateText(new Date());
  const url = document.querySelector('[data-print-url]');
  if (url) url.textContent = location.href;
}

fill();
addEventListener('beforeprint', fill);
