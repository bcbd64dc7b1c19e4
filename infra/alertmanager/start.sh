#!/bin/sh
# Alertmanager reads no environment variables, so this writes the receivers from .env into a copy of
# prometheus/alertmanager.yml, checks the result with amtool, and starts Alertmanager on it.
#   ALERT_WEBHOOK_URL  replaces the file's placeholder webhook (unset: the placeholder stays, and
#                      deliveries to it fail in the log, so alerts are visible in the UI only)
#   SLACK_WEBHOOK_URL  adds a Slack receiver to the same route (channel SLACK_CHANNEL)
# AM_SOURCE, AM_CONFIG and AM_STORAGE default to the container's paths (`make smoke` runs it natively).
set -eu
src=${AM_SOURCE:-/etc/throtl/alertmanager.yml}
out=${AM_CONFIG:-/tmp/alertmanager.yml}
placeholder='http://127.0.0.1:5001/alerts'

cp "$src" "$out"
if [ -n "${ALERT_WEBHOOK_URL:-}" ]; then
  escaped=$(printf '%s' "$ALERT_WEBHOOK_URL" | sed 's/[\\&|"]/\\&/g')
  sed -i "s|- url: $placeholder\$|- url: \"$escaped\"|" "$out"
fi
if [ -n "${SLACK_WEBHOOK_URL:-}" ]; then
  awk '
    { print }
    /^  - name: webhook$/ {
      print "    slack_configs:"
      print "      - api_url: \"" ENVIRON["SLACK_WEBHOOK_URL"] "\""
      print "        channel: \"" ENVIRON["SLACK_CHANNEL"] "\""
      print "        send_resolved: true"
      print "        title: \"{{ .CommonLabels.alertname }} ({{ .Status }})\""
      print "        text: \"{{ range .Alerts }}{{ .Annotations.summary }}\\n{{ end }}\""
    }' "$out" > "$out.new"
  mv "$out.new" "$out"
fi
amtool check-config "$out"
exec alertmanager --config.file="$out" --storage.path="${AM_STORAGE:-/alertmanager}" \
  --web.listen-address="${LISTEN_ADDRESS:-0.0.0.0:9093}" --cluster.listen-address=
