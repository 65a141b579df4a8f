// Workroom readers on small pages written for one behaviour each (the saved pages are in
// fixtures.test.ts). Languages beyond English: labels, statuses, headings and index prefixes.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { matchStatus, readMilestones } from './read-milestones';
import { readWorkroom } from './read-workroom';
import { milestoneIndexPrefix } from './selectors';

const TODAY = '2026-10-01';
const page = (main: string) => new JSDOM(`<!DOCTYPE html><html><body><div id="__nuxt"><main>${main}</main></div></body></html>`).window.document;

describe('milestone status words in other languages', () => {
  it.each([
    ['Änderungen angefordert', 'changes_requested'],
    ['Modifications demandées', 'changes_requested'],
    ['Cambios solicitados', 'changes_requested'],
    ['Alterações solicitadas', 'changes_requested'],
    ['Modifiche richieste', 'changes_requested'],
    ['Remboursé', 'refunded'],
    ['Reembolsado', 'refunded'],
    ['Rückerstattet', 'refunded'],
    ['Remboursement demandé', 'unknown'],
    ['Payée le 3 avril', 'paid'],
    ['Pagada', 'paid'],
    ['Opłacony', 'paid'],
    ['Betaald', 'paid'],
    ['Approuvée', 'approved'],
    ['Goedgekeurd', 'approved'],
    ['Zatwierdzony', 'approved'],
    ['Soumise', 'submitted'],
    ['Ingediend', 'submitted'],
    ['Non finanziato', 'not_funded'],
    ['Niesfinansowany', 'not_funded'],
    ['Nicht finanziert', 'not_funded'],
    ['Attivo e finanziato', 'funded'],
    ['Actief', 'funded'],
  ])('%s -> %s', (text, status) => {
    expect(matchStatus(text)?.status).toBe(status);
  });

  it.each(['Ativos digitais', 'Pagamento', 'Activities', 'Aktivierung der App', 'Pagode'])('%s names no status', (text) => {
    expect(matchStatus(text)).toBeNull();
  });
});

describe('milestone index prefixes', () => {
  it.each([
    ['Marco 1: Wireframes', 'Wireframes'],
    ['Meilenstein 2 – Backend', 'Backend'],
    ['Jalon 3 : Maquettes', 'Maquettes'],
    ['Hito nº 4. Pruebas', 'Pruebas'],
    ['Milestone #5 - Launch', 'Launch'],
    ['1. Datenmodell und Anbindung', 'Datenmodell und Anbindung'],
    ['2) Backend', 'Backend'],
    ['3D model', '3D model'],
  ])('%s -> %s', (text, title) => {
    expect(text.replace(milestoneIndexPrefix, '').trim()).toBe(title);
  });
});

describe('a French workroom whose milestones are blocks of labelled rows', () => {
  const doc = page(`
    <h1>Refonte du site vitrine</h1>
    <div><span>Client</span><span>Atelier Brun</span></div>
    <div><span>Budget total</span><span>2\u202f800,00\u00a0€</span></div>
    <div><span>Date de début</span><span>12 mars 2026</span></div>
    <p><span>Statut du contrat :</span> <span>Actif</span></p>
    <section>
      <h2>Chronologie des jalons</h2>
      <div class="jalon">
        <h3>Jalon 1 : Maquettes</h3>
        <div><span>Montant</span><span>1\u202f400,00\u00a0€</span></div>
        <div><span>Date d’échéance</span><span>1er avril 2026</span></div>
        <div><span>Statut</span><span>Payé</span></div>
      </div>
      <div class="jalon">
        <h3>Jalon 2 : Intégration</h3>
        <div><span>Montant</span><span>1\u202f400,00\u00a0€</span></div>
        <div><span>Date d’échéance</span><span>16 oct.</span></div>
        <div><span>Statut</span><span>Modifications demandées</span></div>
      </div>
    </section>`);

  it('reads the terms, and the contract status from its own label, not a milestone’s', () => {
    const { contract } = readWorkroom(doc, '1', { today: TODAY });
    expect(contract).toMatchObject({ title: 'Refonte du site vitrine', clientName: 'Atelier Brun', type: 'fixed', budget: 2800, currency: 'EUR', startedOn: '2026-03-12', status: 'Active' });
  });

  it('reads each block as one milestone, with no label left in its description', () => {
    const { milestones } = readWorkroom(doc, '1', { today: TODAY });
    expect(milestones).toEqual([
      { title: 'Maquettes', amount: 1400, currency: 'EUR', dueOn: '2026-04-01', status: 'paid', statusOn: null, description: null, statusText: 'Payé' },
      { title: 'Intégration', amount: 1400, currency: 'EUR', dueOn: '2026-10-16', status: 'changes_requested', statusOn: null, description: null, statusText: 'Modifications demandées' },
    ]);
  });

  it('finds the milestones under a heading that only names them ("Chronologie des jalons")', () => {
    expect(readMilestones(doc, TODAY).strategy).toBe('heading');
  });
});

describe('a title that holds an amount', () => {
  const doc = page(`
    <h2>Landing page copy – $500 starter package (5 pages)</h2>
    <dl><dt>Client</dt><dd>Northwind Studio</dd><dt>Fixed price</dt><dd>$750.00</dd><dt>Started</dt><dd>Aug 3, 2026</dd></dl>
    <h3>Milestones</h3>
    <ul><li>Homepage <span>$750.00</span> <span>Active &amp; funded</span></li></ul>`);

  it('is still the title, and the budget is the labelled one', () => {
    const { contract } = readWorkroom(doc, '1', { today: TODAY });
    expect(contract).toMatchObject({ title: 'Landing page copy – $500 starter package (5 pages)', budget: 750, clientName: 'Northwind Studio' });
  });

  it('while a short amount line is never a title', () => {
    const short = page(`<h2>Fixed price $750.00</h2><h2>$112K total spent</h2><p>Budget: $750.00</p>`);
    const reading = readWorkroom(short, '1', { today: TODAY });
    expect(reading.contract).toBeNull();
    expect(reading.problems.join(' ')).toMatch(/no title found/);
  });
});

describe('due dates in other languages', () => {
  it.each([
    ['Fällig am 30.04.2026', '2026-04-30'],
    ['Échéance : 3 sept. 2026', '2026-09-03'],
    ['Vence el 5 de mayo de 2026', '2026-05-05'],
    ['Prazo: 20 de fev. de 2027', '2027-02-20'],
  ])('%s', (due, dueOn) => {
    const doc = page(`<h1>Site</h1><h2>Milestones</h2><div><h3>Design</h3><p>$300.00</p><p>${due}</p><p>Paid</p></div>`);
    expect(readWorkroom(doc, '1', { today: TODAY }).milestones[0]).toMatchObject({ title: 'Design', dueOn, status: 'paid', description: null });
  });
});

describe('a status of two words joined by "and" in any language', () => {
  it.each(['Actif et financé', 'Activo y financiado', 'Ativo e financiado', 'Aktiv und finanziert', 'Actief en gefinancierd', 'Aktywny i sfinansowany'])('%s is funded', (status) => {
    const doc = page(`<h1>Site</h1><h2>Milestones</h2><div><h3>Design</h3><div><span>Amount</span><span>$300.00</span></div><div><span>Status</span><span>${status}</span></div></div>`);
    expect(readWorkroom(doc, '1', { today: TODAY }).milestones[0]).toMatchObject({ title: 'Design', status: 'funded', description: null });
  });
});

describe('the client shown without a label', () => {
  it('as a link to the company’s page', () => {
    const doc = page(`<header><a href="/ab/companies/~01ab">Botánica Verde S.L.</a><h1>Tienda online</h1></header><p>Presupuesto total: 2400,00 US$</p>`);
    expect(readWorkroom(doc, '1', { today: TODAY }).contract).toMatchObject({ clientName: 'Botánica Verde S.L.', budget: 2400, currency: 'USD' });
  });

  it('on a line the page marks as the client’s, beside the title, without the place after it', () => {
    const doc = page(`<div><h1>Brand identity</h1><div class="client-line"><img alt=""><span>Ayesha Rahman</span> · <span>Lahore, Pakistan</span></div></div><p>Budget: $900.00</p>`);
    expect(readWorkroom(doc, '1', { today: TODAY }).contract?.clientName).toBe('Ayesha Rahman');
  });

  it('never from a notification in the page’s navigation, nor a "Payment verified" line', () => {
    const doc = page(`<nav><a href="/ab/companies/~01">Kestrel &amp; Finch Ltd</a></nav><div><h1>Reels</h1><div class="client-meta">Paiement vérifié</div></div><p>Budget: $900.00</p>`);
    expect(readWorkroom(doc, '1', { today: TODAY }).contract?.clientName).toBeNull();
  });
});

describe('milestone titles with a dash', () => {
  it('keep the words after the dash; a dash before an amount or a status still separates', () => {
    const doc = page(`<h1>Manuals</h1><h2>Meilensteine</h2><ul><li>Handbuch A – Bedienungsanleitung (120 Seiten) – 1.200,00 € – Bezahlt</li><li>Handbuch B – 800,00 € – Genehmigt</li></ul>`);
    expect(readWorkroom(doc, '1', { today: TODAY }).milestones.map((m) => [m.title, m.amount, m.status])).toEqual([
      ['Handbuch A – Bedienungsanleitung (120 Seiten)', 1200, 'paid'],
      ['Handbuch B', 800, 'approved'],
    ]);
  });
});

describe('contract status words in Italian, Polish and Dutch', () => {
  it.each([
    ['Attivo', 'Active'],
    ['Wstrzymana', 'Paused'],
    ['Zakończona', 'Ended'],
    ['Beëindigd', 'Ended'],
  ])('%s -> %s', (word, status) => {
    const doc = page(`<h1>Contratto orario</h1><dl><dt>Stato</dt><dd>${word}</dd><dt>Hourly rate</dt><dd>$40.00/hr</dd></dl>`);
    expect(readWorkroom(doc, '1', { today: TODAY }).contract?.status).toBe(status);
  });
});

describe('an hourly contract with French terms', () => {
  it('reads "Taux horaire : 32,00 $US/h" and "Début du contrat : 5 janvier 2026"', () => {
    const doc = page(`<h1>Support WordPress</h1><aside><p><span>Type de contrat :</span> Horaire</p><p><span>Taux horaire :</span> 32,00 $US/h</p><p><span>Limite hebdomadaire :</span> 10 h/semaine</p><p><span>Début du contrat :</span> 5 janvier 2026</p></aside>`);
    expect(readWorkroom(doc, '1', { today: TODAY }).contract).toMatchObject({ type: 'hourly', hourlyRate: 32, currency: 'USD', weeklyLimit: 10, startedOn: '2026-01-05' });
  });
});

describe('milestones whose own fields are labelled, titles marked by data attributes', () => {
  it('reads the title after a "Milestone" label in a <dl>, and never a milestone title as the contract title', () => {
    const doc = page(`
      <h1>Tienda online de cerámica</h1>
      <h2>Hitos</h2>
      <ul>
        <li><dl><dt>Hito</dt><dd data-qa="hito-title">Catálogo de productos</dd><dt>Importe</dt><dd>900,00 €</dd><dt>Estado</dt><dd><span class="air3-badge">Pagado</span></dd></dl></li>
        <li><dl><dt>Título</dt><dd data-qa="hito-title">Pasarela de pago</dd><dt>Importe</dt><dd>600,00 €</dd><dt>Estado</dt><dd><span class="air3-badge">Activo y financiado</span></dd></dl></li>
      </ul>`);
    const reading = readWorkroom(doc, '1', { today: TODAY });
    expect(reading.contract?.title).toBe('Tienda online de cerámica');
    expect(reading.milestones.map((m) => [m.title, m.amount, m.status])).toEqual([
      ['Catálogo de productos', 900, 'paid'],
      ['Pasarela de pago', 600, 'funded'],
    ]);
  });

  it('takes the title of a timeline entry as the entry’s, and a delivery date after an inline separator as its due date', () => {
    const doc = page(`
      <h1>Vídeo institucional</h1>
      <h2>Cronograma</h2>
      <ol>
        <li><p data-test="timeline-title">Roteiro</p><p><span>R$ 1.500,00</span> · Data de entrega: 12 de out. de 2026</p><p><span class="air3-badge">Pago</span></p></li>
        <li><p data-test="timeline-title">Edição</p><p><span>R$ 2.000,00</span> · Delivery date: Nov 20, 2026</p><p><span class="air3-badge">Não financiado</span></p></li>
      </ol>`);
    const reading = readWorkroom(doc, '1', { today: TODAY });
    expect(reading.contract?.title).toBe('Vídeo institucional');
    expect(reading.milestones.map((m) => [m.title, m.dueOn])).toEqual([
      ['Roteiro', '2026-10-12'],
      ['Edição', '2026-11-20'],
    ]);
  });

  it('keeps a table row whole when its title holds an amount too', () => {
    const doc = page(`
      <h1>Packaging redesign</h1>
      <h2>Milestones</h2>
      <table><thead><tr><th>Milestone</th><th>Amount</th><th>Status</th></tr></thead><tbody>
        <tr><td>Dielines</td><td>$400.00</td><td><span class="air3-badge">Paid</span></td></tr>
        <tr><td>Print-ready files (printer proof up to $80 included)</td><td>$650.00</td><td><span class="air3-badge">Submitted</span></td></tr>
      </tbody></table>`);
    expect(readWorkroom(doc, '1', { today: TODAY }).milestones.map((m) => [m.title, m.amount, m.status])).toEqual([
      ['Dielines', 400, 'paid'],
      ['Print-ready files (printer proof up to $80 included)', 650, 'submitted'],
    ]);
  });
});
