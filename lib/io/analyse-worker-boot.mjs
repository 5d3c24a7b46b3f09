// Entry of an analysis worker when Mapwire runs from TypeScript source: registers tsx's loader in
// this thread (loaders given to the parent do not reach worker threads on Node 20), then loads the worker.
import { register } from 'tsx/esm/api';

register();
await import('./analyse-worker.ts');
