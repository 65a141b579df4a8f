import { startPageWatch } from './page-watch';

startPageWatch();
