import { expect, test } from '@playwright/test';
import { NOTIFICATION_FAULT_PROBES } from './genesys-web-services-cometd-fault-probes';
import { Bench } from './genesys-web-services-cometd-session';

/* The notification faults of the GWS reference target: the clean target keeps each clause, the target with the fault breaks it. */

for (const { fault, holds } of NOTIFICATION_FAULT_PROBES) {
  test(`fault ${fault} bends its notification clause and the clean target does not`, async () => {
    const clean = await Bench.start();
    try {
      expect(await holds(clean), 'the clean target keeps the clause').toBe(true);
    } finally {
      await clean.stop();
    }
    const faulty = await Bench.start([fault]);
    try {
      expect(await holds(faulty), `${fault} breaks the clause`).toBe(false);
    } finally {
      await faulty.stop();
    }
  });
}
