/** Entry of the dashboard: the shell; every page is a lazy chunk (app/routes.ts). */
import './app/app.ts';
