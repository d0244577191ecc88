// Live rooms: who else has this page open, and notices when someone changes it. Server-Sent
// Events; every text comes from the server in the reader's language. When the stream cannot be
// opened or keeps failing, the room stays hidden and the page works as without it.
// A page may have parts ([data-live-place="name"], one plan section, say): the part the person
// is reading or typing in is sent with what they do, and each part shows who else is in it
// ([data-live-place-people]) and the notices about it ([data-live-place-notices]).
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
    this.place = '';
  }

  function placeOf(node) {
    var part = node && node.closest ? node.closest('[data-live-place]') : null;
    return part ? part.getAttribute('data-live-place') : '';
  }

  function parts() {
    return Array.prototype.slice.call(document.querySelectorAll('[data-live-place]'));
  }

  function partNamed(name) {
    return parts().filter(function (part) { return part.getAttribute('data-live-place') === name; })[0] || null;
  }

  Room.prototype.open = function (url) {
    var room = this;
    var source = new EventSource(url);
    this.source = source;
    source.addEventListener('hello', function (event) {
      room.stream = JSON.parse(event.data).stream;
      room.failures = 0;
      room.element.hidden = false;
      if (room.editing || room.place) {
        room.say(room.editing ? 'EDITING' : 'VIEWING');
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
    var places = presence.places || {};
    var shown = JSON.stringify([presence.summary, places]);
    if (shown === this.lastSummary) {
      return;
    }
    this.lastSummary = shown;
    this.people.textContent = presence.summary;
    this.people.hidden = presence.summary === '';
    parts().forEach(function (part) {
      var people = part.querySelector('[data-live-place-people]');
      if (people) {
        var text = places[part.getAttribute('data-live-place')] || '';
        people.textContent = text;
        people.hidden = text === '';
      }
    });
  };

  Room.prototype.showNotice = function (notice) {
    var line = document.createElement('p');
    line.className = 'alert alert-info py-1 px-2 mb-1 small';
    line.textContent = notice.text;
    var part = notice.data && notice.data.place ? partNamed(notice.data.place) : null;
    var list = (part && part.querySelector('[data-live-place-notices]')) || this.notices;
    list.insertBefore(line, list.firstChild);
    while (list.children.length > MAX_NOTICES) {
      list.removeChild(list.lastChild);
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
    if (this.place) {
      body.append('place', this.place);
    }
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

  Room.prototype.typed = function (place) {
    var room = this;
    var now = Date.now();
    var moved = place !== this.place;
    this.place = place;
    if (!this.editing || moved || now - this.editingSentAt > EDITING_RESEND_MS) {
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

  // The person moves to another part of the page: say so (they are not editing there yet).
  Room.prototype.entered = function (place) {
    if (place === this.place) {
      return;
    }
    this.place = place;
    clearTimeout(this.idleTimer);
    this.editing = false;
    this.say('VIEWING');
  };

  Room.prototype.watch = function (selector) {
    var room = this;
    document.addEventListener('focusin', function (event) {
      var place = placeOf(event.target);
      if (place) {
        room.entered(place);
      }
    });
    if (!selector) {
      return;
    }
    document.addEventListener('input', function (event) {
      if (event.target.matches && event.target.matches(selector)) {
        room.typed(placeOf(event.target) || room.place);
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
      // a link to one part of the page (#section-hosting) puts the person there
      if (window.location.hash.length > 1) {
        room.place = placeOf(document.getElementById(decodeURIComponent(window.location.hash.slice(1))));
      }
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
