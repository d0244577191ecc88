package org.datapact.plan.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.datapact.plan.domain.PlanService;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.live.LiveRooms;
import org.datapact.shared.live.PresenceState;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The plan page's live room: a stream of who else has the plan open (and in which
 * section, editing or not) and of sections saved meanwhile, and where the page says what
 * its reader is doing. Both check access as reading the plan does (another organisation's
 * project answers 404); the page works without them.
 */
@Controller
@RequestMapping("/projects/{projectId}/plan/live")
class PlanLiveController {

	private final PlanService plans;

	private final LiveRooms rooms;

	PlanLiveController(PlanService plans, LiveRooms rooms) {
		this.plans = plans;
		this.rooms = rooms;
	}

	@GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<SseEmitter> open(CurrentUser me, @PathVariable UUID projectId, HttpServletRequest request) {
		return this.rooms.open(this.plans.liveRoom(projectId, me), me, request);
	}

	/**
	 * @param section the key of the section the reader is in, if any
	 */
	@PostMapping("/presence")
	ResponseEntity<Void> presence(CurrentUser me, @PathVariable UUID projectId, @RequestParam UUID stream,
			@RequestParam PresenceState state, @RequestParam(name = "place", required = false) String section) {
		return this.rooms.presence(this.plans.liveRoom(projectId, me), me, stream, state, section);
	}

}
