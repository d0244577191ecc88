// Live rooms: who else has this page open, and notices when someone changes it. Server-Sent
// Events; every text comes from the server in the reader's language. When the stream cannot be
// opened or keeps failing, the room stays hidden and the page works as without it.
(function () {
  'use strict';

  var MAX_NOTICES = 3;
  var MAX_FAILURES = 5;
  var EDITING_RESEND_MS = 20000;
  var IDLE_MS = 30000;

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  function Room(element) {
    this.element = element;
    this.people = element.querySelector('[data-live-people]');
    this.notices = element.querySelector('[data-live-notices]');
    this.presenceUrl = element.getAttribute('data-live-presence-url');
    this.stream = null;
    this.failures = 0;
    this.editing = false;
    this.editingSentAt = 0;
    this.idleTimer = null;
    this.lastSummary = null;
  }

  Room.prototype.open = function (url) {
    var room = this;
    var source = new EventSource(url);
    this.source = source;
    source.addEventListener('hello', function (event) {
      room.stream = JSON.parse(event.data).stream;
      room.failures = 0;
      room.element.hidden = false;
      if (room.editing) {
        room.say('EDITING');
      }
    });
    source.addEventListener('presence', function (event) {
      room.showPresence(JSON.parse(event.data));
    });
    source.addEventListener('notice', function (event) {
      room.showNotice(JSON.parse(event.data));
    });
    source.onerror = function () {
      room.failures++;
      if (source.readyState === EventSource.CLOSED || room.failures > MAX_FAILURES) {
        source.close();
        room.element.hidden = true;
      }
    };
  };

  Room.prototype.showPresence = function (presence) {
    if (presence.summary === this.lastSummary) {
      return;
    }
    this.lastSummary = presence.summary;
    this.people.textContent = presence.summary;
    this.people.hidden = presence.summary === '';
  };

  Room.prototype.showNotice = function (notice) {
    var line = document.createElement('p');
    line.className = 'alert alert-info py-1 px-2 mb-1 small';
    line.textContent = notice.text;
    this.notices.insertBefore(line, this.notices.firstChild);
    while (this.notices.children.length > MAX_NOTICES) {
      this.notices.removeChild(this.notices.lastChild);
    }
    this.element.dispatchEvent(new CustomEvent('datapact:live-notice', { bubbles: true, detail: notice }));
  };

  // Tells the server what the person is doing; failures are silent (presence is a courtesy).
  Room.prototype.say = function (state) {
    if (!this.stream || !this.presenceUrl) {
      return;
    }
    var token = csrf();
    var body = new URLSearchParams({ stream: this.stream, state: state });
    if (state === 'LEFT' && navigator.sendBeacon && token) {
      body.append('_csrf', token.token);
      navigator.sendBeacon(this.presenceUrl, body);
      return;
    }
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (token) {
      headers[token.header] = token.token;
    }
    fetch(this.presenceUrl, { method: 'POST', headers: headers, body: body, credentials: 'same-origin' })
      .catch(function () { /* the stream shows the truth soon enough */ });
  };

  Room.prototype.typed = function () {
    var room = this;
    var now = Date.now();
    if (!this.editing || now - this.editingSentAt > EDITING_RESEND_MS) {
      this.editing = true;
      this.editingSentAt = now;
      this.say('EDITING');
    }
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(function () { room.stopped(); }, IDLE_MS);
  };

  Room.prototype.stopped = function () {
    clearTimeout(this.idleTimer);
    if (this.editing) {
      this.editing = false;
      this.say('VIEWING');
    }
  };

  Room.prototype.watch = function (selector) {
    var room = this;
    if (!selector) {
      return;
    }
    document.addEventListener('input', function (event) {
      if (event.target.matches && event.target.matches(selector)) {
        room.typed();
      }
    });
    document.addEventListener('submit', function () { room.stopped(); });
  };

  Room.prototype.leave = function () {
    if (this.source) {
      this.source.close();
    }
    this.say('LEFT');
  };

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.EventSource || !window.URLSearchParams) {
      return;
    }
    var rooms = [];
    document.querySelectorAll('[data-live-room]').forEach(function (element) {
      var url = element.getAttribute('data-live-url');
      if (!url) {
        return;
      }
      var room = new Room(element);
      room.url = url;
      room.open(url);
      room.watch(element.getAttribute('data-live-edited'));
      rooms.push(room);
    });
    window.addEventListener('pagehide', function () {
      rooms.forEach(function (room) { room.leave(); });
    });
    // a page brought back from the back-forward cache opens its streams again
    window.addEventListener('pageshow', function (event) {
      if (event.persisted) {
        rooms.forEach(function (room) { room.open(room.url); });
      }
    });
  });
})();
