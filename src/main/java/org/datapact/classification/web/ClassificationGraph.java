package org.datapact.classification.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.datapact.classification.CombinationFinding;
import org.datapact.classification.Level;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.StoredClassification.StoredDataset;

/**
 * A small picture of a project's datasets (nodes on a circle, labelled with their final
 * level in words) and the combinations that raised them (lines between the pair), drawn
 * server-side as SVG. Coordinates are whole numbers in a fixed view box.
 */
record ClassificationGraph(int width, int height, List<Node> nodes, List<Edge> edges) {

	static final int WIDTH = 640;

	static final int RADIUS = 18;

	record Node(String id, String name, Level level, int x, int y, int labelX, int labelY, String anchor) {
	}

	record Edge(String ruleKey, Level level, int x1, int y1, int x2, int y2) {
	}

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
		List<Edge> edges = new ArrayList<>();
		for (CombinationFinding finding : result.combinations()) {
			Node a = byId.get(finding.firstDatasetId());
			Node b = byId.get(finding.secondDatasetId());
			if (a != null && b != null) {
				edges.add(new Edge(finding.ruleKey(), finding.level(), a.x(), a.y(), b.x(), b.y()));
			}
		}
		return new ClassificationGraph(WIDTH, height, nodes, edges);
	}

}
