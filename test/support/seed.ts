// The reference backend's demo data, built in the page from the same module the backend serves
// (demo/backend/seed.js): tests enumerate every customer and every code value it uses.

/** The part of a seeded customer the widget tests read (see demo/backend/seed.js for all of it). */
export interface SeedCustomer {
  id: string;
  language: 'zh-CN' | 'en';
  tier: string;
  stage: string;
  accountStatus: string;
  preferredChannel: string;
  churnReasons: string[];
  person: { mobile: string; email?: string; address?: { street1: string; street2: string } };
  products: Array<{ kind: string; status: string; serviceNumber: string }>;
  usage: { buckets: Array<{ usageType: string; units: string }> };
  bills: Array<{ state: string }>;
  tickets: Array<{
    type: string;
    category?: string;
    severity: string;
    priority: string;
    status: string;
    channel: string;
  }>;
  interactions: {
    total: number;
    at(index: number): { reason: string; status: string; channel: string; direction: string };
  };
  satisfaction: Array<{ kind: string }>;
  offers: Array<{ kind: string }>;
}

const seedUrl = new URL('../../demo/backend/seed.js', import.meta.url).href;

/** Every seeded customer (the same data the backend serves, dates aside). */
export async function loadReferenceSeed(): Promise<SeedCustomer[]> {
  const module = (await import(/* @vite-ignore */ seedUrl)) as {
    createSeed(): { customers: SeedCustomer[] };
  };
  return module.createSeed().customers;
}
