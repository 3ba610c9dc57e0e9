// The service worker thread's entry point (started by service-in-worker.ts; bundled
// as dist-electron/service-worker.cjs for the app).
import { createService } from '../service';
import { serveService } from './serve-service';

void serveService(createService);
