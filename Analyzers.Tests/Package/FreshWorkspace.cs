using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace Clst.Analyzers.Tests.Package
{
    /// <summary>
    /// A newcomer's machine, in a temporary folder outside the repository with nothing pre-created:
    /// <c>Clst.Analyzers/artifacts/packages</c> holds the package as <c>dotnet pack Analyzers.Package -o artifacts/packages</c>
    /// leaves it (the gate's one pack, copied), and next to it a project made by <c>dotnet new console</c> installs the
    /// package with the README's <c>NuGet.config</c> and <c>dotnet add package</c>, exactly as written. NuGet's packages
    /// folder is this workspace's own (<c>NUGET_PACKAGES</c>), so no copy of an earlier pack is ever served.
    /// Each test works on a copy of that installed project (<see cref="CopyAppAsync"/>).
    /// </summary>
    public sealed class FreshWorkspace
    {
        public const string Template = "App";

        private FreshWorkspace(string root)
        {
            Root = root;
            Environment = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["NUGET_PACKAGES"] = Path.Combine(root, "nuget-packages"),
            };
        }

        public string Root { get; }

        /// <summary>Where the README's NuGet.config points: the repository cloned next to the user's project.</summary>
        public string Feed => Path.Combine(Root, "Clst.Analyzers", "artifacts", "packages");

        public IReadOnlyDictionary<string, string> Environment { get; }

        public string TemplateDirectory => Path.Combine(Root, Template);

        /// <summary>The commands that installed the package into the template, in order.</summary>
        public IReadOnlyList<CommandResult> InstallSteps { get; private set; } = Array.Empty<CommandResult>();

        public static async Task<FreshWorkspace> CreateAsync(PackageGate gate, string root)
        {
            var workspace = new FreshWorkspace(root);
            Directory.CreateDirectory(workspace.Feed);
            File.Copy(gate.PackagePath, Path.Combine(workspace.Feed, Path.GetFileName(gate.PackagePath)));

            var readme = MarkedBlocks.Read(Path.Combine(PackageGate.RepoRoot, "README.md"));
            var steps = new List<CommandResult>();
            var create = await gate.RunShellAsync("dotnet new console", root, "dotnet new console -o " + Template + " --no-restore", workspace.Environment);
            steps.Add(create);
            if (create.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet new console failed: " + create.Describe());
            }

            File.WriteAllText(Path.Combine(workspace.TemplateDirectory, "NuGet.config"), MarkedBlocks.Recipe(readme, "nuget-config") + "\n");
            var add = await gate.RunShellAsync("README: add the package", workspace.TemplateDirectory, MarkedBlocks.Recipe(readme, "add-package"), workspace.Environment);
            steps.Add(add);
            workspace.InstallSteps = steps;
            return workspace;
        }

        /// <summary>A copy of the installed template (its bin/ and obj/ left out: the first build restores it again).</summary>
        public string CopyApp(string name, IReadOnlyDictionary<string, string> files)
        {
            var directory = Path.Combine(Root, name);
            if (Directory.Exists(directory))
            {
                throw new InvalidOperationException(directory + " exists already");
            }

            Directory.CreateDirectory(directory);
            foreach (var file in Directory.EnumerateFiles(TemplateDirectory))
            {
                File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
            }

            foreach (var file in files)
            {
                File.WriteAllText(Path.Combine(directory, file.Key), file.Value);
            }

            return directory;
        }

        /// <summary>Several Directory.Build.props recipes as one file: the children of their <c>&lt;Project&gt;</c> elements, in order.</summary>
        public static string MergeProps(params string[] recipes)
        {
            var children = recipes.SelectMany(r => System.Xml.Linq.XDocument.Parse(r).Root!.Elements());
            return new System.Xml.Linq.XElement("Project", children).ToString() + "\n";
        }
    }
}
