package org.datapact.shared.live;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.NotFoundException;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live rooms of kind {@code test} at {@code /test-live/{id}}, standing in for a module's
 * controller: its access check lets anyone signed in enter ids starting with "open".
 * Import it into a test or benchmark context: its controller, a member class, comes with
 * it (declaring it as a bean as well mapped its routes twice).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestRooms {

	/** The room a test announces to for a path's id. */
	public static Room room(String id) {
		if (!id.startsWith("open")) {
			throw new NotFoundException("test room", id);
		}
		return new Room("test", id);
	}

	@Controller
	static class TestRoomController {

		private final LiveRooms rooms;

		TestRoomController(LiveRooms rooms) {
			this.rooms = rooms;
		}

		@GetMapping(path = "/test-live/{id}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
		ResponseEntity<SseEmitter> open(@PathVariable String id, CurrentUser user, HttpServletRequest request) {
			return this.rooms.open(room(id), user, request);
		}

		@PostMapping("/test-live/{id}/presence")
		ResponseEntity<Void> presence(@PathVariable String id, CurrentUser user, @RequestParam UUID stream,
				@RequestParam PresenceState state) {
			return this.rooms.presence(room(id), user, stream, state);
		}

	}

}
