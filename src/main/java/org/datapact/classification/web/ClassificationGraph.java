package org.datapact.classification.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.datapact.classification.CombinationFinding;
import org.datapact.classification.Level;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.StoredClassification.StoredDataset;

/**
 * A small picture of a project's datasets (nodes on a circle, labelled with their final
 * level in words) and the combination findings that raised them (one numbered hub per
 * finding, numbered as in the table, with a line to each dataset involved), drawn
 * server-side as SVG. Lines grow with the datasets each finding involves, never with
 * their pairs. Coordinates are whole numbers in a fixed view box.
 */
record ClassificationGraph(int width, int height, List<Node> nodes, List<Hub> hubs, List<Edge> edges) {

	static final int WIDTH = 640;

	static final int RADIUS = 18;

	record Node(String id, String name, Level level, int x, int y, int labelX, int labelY, String anchor) {
	}

	record Hub(int number, String ruleKey, Level level, int x, int y) {
	}

	record Edge(String ruleKey, Level level, int x1, int y1, int x2, int y2) {
	}

	/** How far apart hubs whose datasets have the same centre are drawn. */
	static final int HUB_SPREAD = 34;

	static ClassificationGraph of(StoredClassification result) {
		List<StoredDataset> datasets = result.datasets();
		int count = datasets.size();
		int height = (count <= 2) ? 160 : 360;
		double cx = WIDTH / 2.0;
		double cy = height / 2.0;
		double radius = (count <= 1) ? 0 : (count == 2) ? 170 : 130;
		List<Node> nodes = new ArrayList<>();
		Map<String, Node> byId = new HashMap<>();
		for (int i = 0; i < count; i++) {
			StoredDataset dataset = datasets.get(i);
			double angle = (count == 2) ? Math.PI * i : -Math.PI / 2 + 2 * Math.PI * i / Math.max(count, 1);
			int x = (int) Math.round(cx + radius * Math.cos(angle));
			int y = (int) Math.round(cy + radius * Math.sin(angle));
			boolean right = x >= cx;
			Node node = new Node(dataset.datasetId(), (dataset.name() != null) ? dataset.name() : dataset.datasetId(),
					dataset.finalLevel(), x, y, right ? x + RADIUS + 6 : x - RADIUS - 6, y + 5,
					(count == 1) ? "middle" : right ? "start" : "end");
			if (count == 1) {
				node = new Node(node.id(), node.name(), node.level(), x, y, x, y + RADIUS + 20, "middle");
			}
			nodes.add(node);
			byId.put(dataset.datasetId(), node);
		}
		List<Hub> hubs = new ArrayList<>();
		List<Edge> edges = new ArrayList<>();
		List<CombinationFinding> findings = result.combinations();
		for (int f = 0; f < findings.size(); f++) {
			CombinationFinding finding = findings.get(f);
			List<Node> members = finding.datasetIds().stream().map(byId::get).filter(Objects::nonNull).toList();
			if (members.isEmpty()) {
				continue;
			}
			// the hub sits at the centre of its datasets, spread around it when there are
			// several findings so that hubs over the same datasets do not cover each
			// other
			double x = members.stream().mapToInt(Node::x).average().orElse(cx);
			double y = members.stream().mapToInt(Node::y).average().orElse(cy);
			if (findings.size() > 1) {
				double angle = -Math.PI / 2 + 2 * Math.PI * f / findings.size();
				x += HUB_SPREAD * Math.cos(angle);
				y += HUB_SPREAD * Math.sin(angle);
			}
			Hub hub = new Hub(f + 1, finding.ruleKey(), finding.level(), (int) Math.round(x), (int) Math.round(y));
			hubs.add(hub);
			for (Node member : members) {
				edges.add(new Edge(finding.ruleKey(), finding.level(), hub.x(), hub.y(), member.x(), member.y()));
			}
		}
		return new ClassificationGraph(WIDTH, height, nodes, hubs, edges);
	}

}
