import { describe, expect, it } from 'vitest';
import * as urls from './urls';

type Detection = (url: string) => boolean;

const detections = Object.entries(urls).filter(
  ([name, value]) => name.startsWith('is') && typeof value === 'function',
) as [string, Detection][];

const examples = (name: string): string[] => (urls as unknown as Record<string, string[]>)[`${name}_`] ?? [];

describe('URL detection', () => {
  it('every detection has example URLs', () => {
    expect(detections.length).toBeGreaterThanOrEqual(8);
    for (const [name] of detections) expect(examples(name), name).not.toHaveLength(0);
  });

  for (const [name, detect] of detections) {
    it(`${name} matches its own URLs`, () => {
      for (const url of examples(name)) expect(detect(url), url).toBe(true);
    });
    it(`${name} matches no other detection's URLs`, () => {
      const others = [...detections.map(([other]) => other), 'isOther']
        .filter((other) => other !== name)
        .flatMap(examples);
      for (const url of others) expect(detect(url), url).toBe(false);
    });
  }
});

describe('ids from URLs', () => {
  it.each([
    ['https://www.upwork.com/nx/wm/workroom/38123456/overview', '38123456', null, 'overview'],
    ['https://www.upwork.com/nx/wm/workroom/38123456', '38123456', null, 'overview'],
    ['https://www.upwork.com/nx/wm/workroom/38123456/job-post/details', '38123456', null, 'job-post/details'],
    ['https://www.upwork.com/ab/f/contracts/37000002', '37000002', null, null],
    ['https://www.upwork.com/nx/wm/contracts/38400004', '38400004', null, null],
    ['https://www.upwork.com/ab/messages/rooms/room_8f3a2c?pageTitle=Acme&sidebar=true', null, 'room_8f3a2c', null],
    ['https://www.upwork.com/ab/messages/', null, null, null],
  ])('%s', (url, contractId, roomId, tab) => {
    expect(urls.getContractId(url)).toBe(contractId);
    expect(urls.getRoomId(url)).toBe(roomId);
    expect(urls.getWorkroomTab(url)).toBe(tab);
  });

  it.each([
    ['/nx/wm/workroom/38123456/overview', '38123456'],
    ['https://www.upwork.com/nx/wm/contracts/38400004?ref=x', '38400004'],
    ['/ab/f/contracts/37000002#top', '37000002'],
    ['/nx/wm/workroom/abc', null],
    [null, null],
  ])('contract id in href %s', (href, id) => {
    expect(urls.contractIdFromHref(href)).toBe(id);
  });

  it('routes each page to its reader', () => {
    expect(urls.route('https://www.upwork.com/nx/wm/workroom/1/messages')).toEqual({ page: 'workroom-messages', contractId: '1', tab: 'messages' });
    expect(urls.route('https://www.upwork.com/nx/wm/workroom/1/proposal')).toEqual({ page: 'workroom-agreement', contractId: '1', tab: 'proposal' });
    expect(urls.route('https://www.upwork.com/nx/wm/workroom/1')).toEqual({ page: 'workroom', contractId: '1', tab: 'overview' });
    expect(urls.route('https://www.upwork.com/ab/f/contracts/2')).toEqual({ page: 'workroom', contractId: '2', tab: 'contract' });
    expect(urls.route('https://www.upwork.com/ab/messages/rooms/room_ab12')).toEqual({ page: 'room', roomId: 'room_ab12' });
    expect(urls.route('https://www.upwork.com/ab/messages/')).toEqual({ page: 'inbox' });
    expect(urls.route('https://www.upwork.com/nx/wm/contracts?status=closed')).toEqual({ page: 'contracts' });
    expect(urls.route('https://www.upwork.com/nx/find-work/')).toEqual({ page: 'unknown' });
  });
});
