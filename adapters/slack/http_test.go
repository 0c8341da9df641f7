package slackadapter

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/briefly-bot/briefly/adapters/slack/internal/fakeslack"
	"github.com/briefly-bot/briefly/bot"
)

const secret = "8f742231b10e8888abcd99yyyzzz85a5"

// startHTTP runs an adapter in HTTP mode on a loopback port and returns
// the fake Slack and the adapter's base URL.
func startHTTP(t *testing.T, h bot.Handler) (*fakeslack.Server, string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	fake, _ := start(t, h, func(o *Options) {
		o.AppToken = ""
		o.SigningSecret = secret
		o.Listener = ln
	})
	return fake, "http://" + ln.Addr().String()
}

// sign signs body as Slack does: v0=hex(HMAC-SHA256(secret, "v0:ts:body")).
func sign(key string, ts time.Time, body string) (string, string) {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	m := hmac.New(sha256.New, []byte(key))
	fmt.Fprintf(m, "v0:%s:%s", stamp, body)
	return stamp, "v0=" + hex.EncodeToString(m.Sum(nil))
}

// send posts a signed request and returns the status and body.
func send(t *testing.T, base, path, contentType, body string, header map[string]string) (int, string) {
	t.Helper()
	req, err := http.NewRequest("POST", base+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	stamp, sig := sign(secret, time.Now(), body)
	req.Header.Set("X-Slack-Request-Timestamp", stamp)
	req.Header.Set("X-Slack-Signature", sig)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	client := &http.Client{Timeout: wait}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func jsonBody(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestHTTPURLVerification(t *testing.T) {
	_, base := startHTTP(t, newBot(t, nil))
	code, body := send(t, base, EventsPath, "application/json",
		`{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`, nil)
	if code != 200 || body != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("got %d %q, want 200 and the challenge", code, body)
	}
}

func TestHTTPRefusesBadRequests(t *testing.T) {
	h := &funcHandler{fn: func(bot.Message) []bot.Reply { return []bot.Reply{{Paragraphs: []string{"no"}}} }}
	fake, base := startHTTP(t, h)
	body := jsonBody(t, dm("EvBad", "D1", "U1", "1700001000.000100", "help"))
	stamp, good := sign(secret, time.Now(), body)
	oldStamp, oldSig := sign(secret, time.Now().Add(-6*time.Minute), body)
	_, wrongKey := sign("another secret", time.Now(), body)
	for _, tc := range []struct {
		name       string
		stamp, sig string
		body       string
		want       int
	}{
		{"wrong secret", stamp, wrongKey, body, 401},
		{"body changed", stamp, good, strings.Replace(body, "help", "subscribe https://evil.example/", 1), 401},
		{"older than 5 minutes", oldStamp, oldSig, body, 401},
		{"no signature", stamp, "", body, 401},
		{"not hex", stamp, "v0=zz", body, 401},
		{"too large", stamp, good, strings.Repeat("x", maxBody+1), 413},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest("POST", base+EventsPath, strings.NewReader(tc.body))
			req.Header.Set("X-Slack-Request-Timestamp", tc.stamp)
			if tc.sig != "" {
				req.Header.Set("X-Slack-Signature", tc.sig)
			}
			resp, err := (&http.Client{Timeout: wait}).Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.want {
				t.Errorf("status: got %d, want %d", resp.StatusCode, tc.want)
			}
		})
	}
	time.Sleep(100 * time.Millisecond)
	if n := len(h.messages()); n != 0 {
		t.Errorf("handled %d refused requests, want none", n)
	}
	if n := len(fake.Calls("chat.postMessage")); n != 0 {
		t.Errorf("posted %d messages for refused requests", n)
	}
}

func TestHTTPEventRetriedOnce(t *testing.T) {
	h := &funcHandler{fn: func(bot.Message) []bot.Reply { return []bot.Reply{{Paragraphs: []string{"hello"}}} }}
	fake, base := startHTTP(t, h)
	body := jsonBody(t, mention("EvH1", "C1", "U1", "1700001100.000100", "", "<@"+fakeslack.BotUser+"> help"))
	for i, hdr := range []map[string]string{nil, {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}} {
		if code, _ := send(t, base, EventsPath, "application/json", body, hdr); code != 200 {
			t.Fatalf("delivery %d: status %d, want 200", i, code)
		}
	}
	c := fake.WaitCalls("chat.postMessage", 1, wait)[0]
	if got := c.Get("thread_ts"); got != "1700001100.000100" {
		t.Errorf("thread_ts: got %q, want the mention's ts", got)
	}
	time.Sleep(200 * time.Millisecond)
	if n := len(fake.Calls("chat.postMessage")); n != 1 {
		t.Errorf("answered %d times, want once", n)
	}
}

func TestHTTPSlashCommand(t *testing.T) {
	fake, base := startHTTP(t, newBot(t, nil))
	form := url.Values{"command": {"/briefly"}, "text": {"articles"}, "channel_id": {"C2"}, "user_id": {"U2"},
		"response_url": {fake.ResponseURL("h1")}, "trigger_id": {"t1"}, "team_id": {"T1"}}
	start := time.Now()
	code, _ := send(t, base, CommandsPath, "application/x-www-form-urlencoded", form.Encode(), nil)
	if code != 200 {
		t.Fatalf("status %d, want 200", code)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("acknowledged after %v, want under 3 s", d)
	}
	c := fake.WaitCalls("response_url", 1, wait)[0]
	if c.Get("response_url_id") != "h1" || len(c.Blocks()) == 0 {
		t.Errorf("reply %v, want blocks on the command's response_url", c.JSON)
	}
}

func TestHTTPShortcut(t *testing.T) {
	f := &slowFetcher{}
	fake, base := startHTTP(t, newBot(t, f))
	payload := jsonBody(t, map[string]any{
		"type": "message_action", "callback_id": ShortcutCallbackID, "trigger_id": "tr2",
		"channel": map[string]any{"id": "C3"}, "user": map[string]any{"id": "U3"},
		"message":      map[string]any{"ts": "1700001200.000100", "text": "<https://news.example/b>"},
		"response_url": fake.ResponseURL("h2"),
	})
	code, _ := send(t, base, InteractivePath, "application/x-www-form-urlencoded", url.Values{"payload": {payload}}.Encode(), nil)
	if code != 200 {
		t.Fatalf("status %d, want 200", code)
	}
	c := fake.WaitCalls("response_url", 1, wait)[0]
	if got := joined(c); !strings.Contains(got, "Council approves") {
		t.Errorf("shortcut answered %q, want the article's summary", got)
	}
}
