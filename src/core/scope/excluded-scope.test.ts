import { describe, expect, it } from 'vitest';
import { detectScope } from './index';
import { excludedRanges } from './excluded-scope';

const excluded = (agreement: string): string[] => excludedRanges(agreement).map((r) => agreement.slice(r.start, r.end));

describe('excludedRanges', () => {
  it.each<[string, string, string[]]>([
    ['en', 'Company website, 5 pages. Out of scope: blog, online shop.', ['blog, online shop']],
    ['en', 'Web app MVP. Mobile app: phase 2.', ['Mobile app']],
    ['en', 'Landing page design and build. Newsletter signup is not included.', ['Newsletter signup']],
    ['en', 'Customer portal (login, orders). No admin dashboard for now.', ['admin dashboard for now']],
    ['en', 'iOS app. Android version later.', ['Android version']],
    ['en', 'Website without WordPress, built in Next.js with a blog.', ['WordPress']],
    ['en', 'Scope:\n- home page\n- about page\nOut of scope:\n- blog\n- shop\nTimeline: 2 weeks', ['- blog\n- shop']],
    ['es', 'Web corporativa de 5 páginas. Fuera del alcance: blog y tienda online.', ['blog y tienda online']],
    ['es', 'Portal de clientes (login, pedidos). Sin panel de administración por ahora.', ['panel de administración por ahora']],
    ['es', 'Diseño de la landing. El boletín no está incluido.', ['El boletín']],
    ['pt', 'Site institucional. Fora do escopo: blog e loja virtual.', ['blog e loja virtual']],
    ['pt', 'Design da landing page. Newsletter não incluída.', ['Newsletter']],
    ['fr', 'Site vitrine. Hors périmètre : blog et boutique en ligne.', ['blog et boutique en ligne']],
    ['fr', "Portail client. Pas de tableau de bord admin pour l'instant.", ["tableau de bord admin pour l'instant"]],
    ['de', 'Firmenwebsite mit 5 Seiten. Nicht im Umfang: Blog und Onlineshop.', ['Blog und Onlineshop']],
    ['de', 'Kundenportal (Login, Bestellungen). Kein Admin-Dashboard vorerst.', ['Admin-Dashboard vorerst']],
    ['ru', 'Сайт компании. Не входит в объём работ: блог и интернет-магазин.', ['блог и интернет-магазин']],
    ['ru', 'Личный кабинет клиента. Без админ-панели пока. Безопасность важна.', ['админ-панели пока']],
    ['uk', 'Вебзастосунок. Мобільний застосунок: другий етап.', ['Мобільний застосунок']],
    ['uk', 'Дизайн лендингу. Розсилка не входить.', ['Розсилка']],
    ['hi', 'लैंडिंग पेज डिज़ाइन। न्यूज़लेटर शामिल नहीं है।', ['न्यूज़लेटर']],
    ['hi', 'Company website, 5 pages. Scope se bahar: blog aur online shop.', ['blog aur online shop']],
    ['hi', 'Customer portal (login, orders). Admin dashboard abhi nahi.', ['Admin dashboard']],
  ])('%s: %s', (_lang, agreement, want) => {
    expect(excluded(agreement)).toEqual(want);
  });

  it.each([
    'Company website with home, about, blog and contact pages.',
    'Deliver the logo later this week. No later than Friday.',
    'Landing page, no rush, no changes to the deadline.',
    'Безопасность и скорость загрузки важны.',
  ])('leaves agreed work alone: %s', (agreement) => {
    expect(excluded(agreement)).toEqual([]);
  });
});

describe('requests for work the agreement leaves out', () => {
  it.each<[string, string]>([
    ['Please add a blog section.', 'Company website, 5 pages. Out of scope: blog, online shop.'],
    ['Can you also do the mobile app now?', 'Web app MVP. Mobile app: phase 2.'],
    ['Necesitamos también el panel de administración.', 'Portal de clientes (login, pedidos). Sin panel de administración por ahora.'],
    ['Wir brauchen auch das Admin-Dashboard.', 'Kundenportal (Login, Bestellungen). Kein Admin-Dashboard vorerst.'],
    ['Нам нужна ещё админ-панель.', 'Личный кабинет клиента (вход, заказы). Без админ-панели пока.'],
  ])('%s is new scope', (text, agreedScope) => {
    const v = detectScope(text, { agreedScope });
    expect(v.adds_scope).toBe(true);
    expect(v.evidence.some((e) => e.startsWith('the agreed scope leaves out: '))).toBe(true);
  });

  it('work the agreement names as included stays agreed', () => {
    const v = detectScope("Don't forget the FAQ page, it's in the brief.", {
      agreedScope: 'Website with home, about, FAQ and contact pages. Blog is out of scope.',
    });
    expect(v.adds_scope).toBe(false);
    expect(detectScope('Please add the newsletter signup as discussed.', { agreedScope: 'Landing page with a newsletter signup.' }).adds_scope).toBe(false);
  });
});
