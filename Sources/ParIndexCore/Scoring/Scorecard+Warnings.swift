extension Scorecard {
    /// The points the unit loses for want of data: the sum, over the leaves scored 0 because
    /// facts or directly given points are missing (the `score.missingData` warnings), of their
    /// maxima less their points. Exact; `0` when nothing is missing.
    public var pointsLostToMissingData: ExactDecimal {
        var sum = ExactSum()
        for node in nodes where node.isLeaf && node.status == .missingData { sum.add(node.maximum - node.points) }
        return sum.value
    }

    /// The number of leaves scored 0 because data is missing.
    public var leavesMissingData: Int { nodes.filter { $0.isLeaf && $0.status == .missingData }.count }
}
