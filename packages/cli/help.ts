/** Help texts of every command, shown by `--help` and `help <command>`. */

/** `release-actions --help`. */
export const MAIN_HELP = `Usage: release-actions <command> [options]

Rehearse a Python release locally: serve a PyPI-compatible index, run the bundled actions.

Commands:
  index serve          Serve a local PyPI-compatible index (upload, simple and JSON APIs)
  run <action>         Run a bundled action locally, as a GitHub runner would
  help [command]       Show help for a command

Options:
  -h, --help           Show help
  -v, --version        Show the version

Run 'release-actions <command> --help' for a command's options.
`;

/** `release-actions index --help`. */
export const INDEX_HELP = `Usage: release-actions index <subcommand> [options]

Subcommands:
  serve                Serve a local PyPI-compatible index

Run 'release-actions index serve --help' for its options.
`;

/** `release-actions index serve --help`. */
export const INDEX_SERVE_HELP = `Usage: release-actions index serve [options]

Serve a PyPI-compatible index from a directory: twine uploads to <url>/legacy/, pip installs from
<url>/simple/ (PEP 503 HTML and PEP 691 JSON), the JSON API answers at <url>/pypi/<project>/json.
Uploads are checked by PyPI's own rules and answered with PyPI's messages. Stops on Ctrl+C or SIGTERM.

Options:
  --host <host>                  Interface to listen on (default 127.0.0.1)
  --port <port>                  Port to listen on; 0 picks a free one (default 8080)
  --storage <dir>                Directory for files and state (default .release-actions/index)
  --token <token>                Require uploads to authenticate as __token__ with this password
                                 (also read from RELEASE_ACTIONS_INDEX_TOKEN)
  --max-file-size <size>         Largest file accepted, e.g. 100MiB, 2GiB (default 100MiB, as PyPI)
  --faults <spec>                Inject faults at a seeded rate, e.g.
                                 rate=0.2,seed=7,kinds=503+429+reset+slow+stored-502,scope=upload,slow-ms=2000
  --visibility-delay <ms>        Show new files on the read APIs only after this delay, as PyPI's CDN
  --trusted-publishers <file>    JSON list of trusted publishers for /_/oidc/mint-token:
                                 [{"issuer","jwks"|"publicKey","repository","workflow","environment"?,"project"?}]
  --oidc-audience <aud>          Audience OIDC tokens must name (default pypi)
  --simple-formats <which>       both, html (a PEP 503-only mirror) or json (default both)
  --quiet                        Do not print a line per request
  -h, --help                     Show this help

Examples:
  release-actions index serve --port 8080 --token s3cret
  twine upload --repository-url http://127.0.0.1:8080/legacy/ -u __token__ -p s3cret dist/*
  pip install --index-url http://127.0.0.1:8080/simple/ my-project
`;

/** `release-actions run --help`. */
export const RUN_HELP = `Usage: release-actions run <action> [options]

Run an action locally under the runner's contract: inputs as INPUT_*, the GITHUB_* files, the event
payload; then print its outputs, exported environment and job summary. <action> is the name of a
bundled action (e.g. compute-dev-version) or a directory holding an action.yml. The action reaches a
local artifact service as on a runner; artifacts stay in <workspace>/.release-actions/artifacts, so a
later run (collect-artifacts) downloads what an earlier one uploaded.

Options:
  --input <name=value>           An input, as under 'with:' (repeatable)
  --ref <ref>                    GITHUB_REF (default refs/heads/main)
  --sha <sha>                    GITHUB_SHA (default the workspace's HEAD)
  --event <name>                 GITHUB_EVENT_NAME (default push)
  --event-payload <file>         JSON file with the event payload (default {})
  --env <NAME=value>             Extra environment for the action (repeatable)
  --workspace <dir>              GITHUB_WORKSPACE and working directory (default the current directory)
  --node <path>                  The node binary to run the action with (default this one)
  --timeout <seconds>            Kill the action after this long (default 600)
  --debug                        Show the action's debug log lines too
  -h, --help                     Show this help

Example:
  release-actions run compute-dev-version --input scheme=no-guess-dev
  release-actions run compute-dev-version --ref refs/tags/v1.2.0
`;
