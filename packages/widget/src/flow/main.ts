/** Entry of the flow app (`/flow/`): registers `<finlet-app>`, which index.html already contains. */
import './app/app.ts';
