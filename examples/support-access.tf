# A support desk role in Terraform. jsonencode() policies, heredocs and aws_iam_policy_document are all
# read: findings, fixes, completion, hover and the Simulate CodeLens work in each.

resource "aws_iam_role" "support_desk" {
  name = "support-desk"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${var.ops_account_id}:root" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "cases" {
  role = aws_iam_role.support_desk.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "OwnCases"
      Effect   = "Allow"
      Action   = ["support:CreateCase", "support:DescribeCases"]
      Resource = "arn:aws:support::${data.aws_caller_identity.current.account_id}:case/*"
    }]
  })
}

data "aws_iam_policy_document" "advisor" {
  statement {
    sid       = "AdvisorChecks"
    actions   = ["trustedadvisor:DescribeChecks", "trustedadvisor:RefreshCheck"]
    resources = ["*"]
  }
}

data "aws_caller_identity" "current" {}

variable "ops_account_id" {
  type = string
}
