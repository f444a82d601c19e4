// `npm start`: dependencies, the web app, then the server on Node 24 (see prepare.mjs for why this is plain JS).
import { ensureDependencies, ensureWebBuild, spawnOnNode24 } from "./prepare.mjs";

ensureDependencies();
const built = ensureWebBuild();
if (built !== 0) {
  console.error("The web app did not build; the API still starts, and the home page says what to do.");
}
process.exitCode = await spawnOnNode24(["--import", "tsx", "server/src/main.ts"]);
