// Verifies deliveries with the official Standard Webhooks library for JavaScript (npm
// "standardwebhooks"), as an integrator's receiver would. Reads a JSON array of
// {secret, headers, body} from the file named by the first argument and prints, as one JSON array,
// for each entry whether the library accepted it and, if not, why.
"use strict";
const fs = require("node:fs");
const { Webhook } = require("standardwebhooks");

const deliveries = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const results = deliveries.map(({ secret, headers, body }) => {
    try {
        const payload = new Webhook(secret).verify(body, headers);
        return { ok: true, type: payload.type };
    } catch (error) {
        return { ok: false, error: String(error.message || error) };
    }
});
process.stdout.write(JSON.stringify(results));
