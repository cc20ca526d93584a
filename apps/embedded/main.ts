import { ParError } from '@par/kernel';
console.log('ok', new ParError('x') instanceof Error);
