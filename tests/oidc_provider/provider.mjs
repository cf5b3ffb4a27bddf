// A real OpenID Connect provider (the npm package oidc-provider) for the test suite, on loopback.
//
// Usage: node provider.mjs <port> <config.json>
// config.json: {"client": {"client_id", "client_secret", "redirect_uris": [...]},
//               "accounts": {"<login>": {"password", "email", "email_verified", "given_name",
//                                        "family_name"}}}
// The accounts are read again at every sign-in, so a test can add people while it runs.
// People sign in on the provider's own pages (login, then consent) with a login and password.
import { readFileSync } from "node:fs";
import Provider from "oidc-provider";

const [port, configPath] = process.argv.slice(2);
const config = () => JSON.parse(readFileSync(configPath, "utf8"));

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      ...config().client,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_post",
    },
  ],
  claims: {
    openid: ["sub"],
    email: ["email", "email_verified"],
    profile: ["given_name", "family_name", "name"],
  },
  cookies: { keys: ["test-only-cookie-key"] },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, sub) {
    const account = config().accounts[sub];
    if (!account) return undefined;
    return {
      accountId: sub,
      async claims() {
        const { password: _password, ...claims } = account;
        return { sub, name: `${account.given_name} ${account.family_name}`, ...claims };
      },
    };
  },
});

// The development login form takes any password; this provider checks it.
provider.use(async (ctx, next) => {
  if (ctx.method === "POST" && ctx.path.startsWith("/interaction/")) {
    const body = await readBody(ctx.req);
    const form = new URLSearchParams(body);
    if (form.get("prompt") === "login") {
      const account = config().accounts[form.get("login")];
      if (!account || account.password !== form.get("password")) {
        ctx.status = 401;
        ctx.type = "html";
        ctx.body = "<!doctype html><title>Sign-in</title><h1>Wrong login or password</h1>";
        return;
      }
    }
    // Hand the body back to the provider's own form parser.
    ctx.req.body = Object.fromEntries(form);
  }
  await next();
});

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (data += chunk));
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

provider.listen(Number(port), "127.0.0.1", () => {
  console.log(`ready http://127.0.0.1:${port}`);
});
