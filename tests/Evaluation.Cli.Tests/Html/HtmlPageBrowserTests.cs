using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PuppeteerSharp;
using Xunit;

namespace Evaluation.Cli.Tests.Html;

/// <summary>The report page rendered in headless Chromium: no console error, no request beyond the file, every figure of the tables in its text, and every chart's marks drawn.</summary>
public class HtmlPageBrowserTests
{
    private sealed record Rendered(string Text, int[] BarsPerChart, int[] RowsPerBarChart, int Points, int Stages, int DrawnBars, int PageWidth, List<string> Errors, List<string> Requests);

    private static async Task<Rendered> Render(string page, string screenshot, int width)
    {
        await using IBrowser browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = Chromium.Path,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        await using IPage tab = await browser.NewPageAsync();
        var errors = new List<string>();
        var requests = new List<string>();
        tab.Console += (_, e) =>
        {
            if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning)
            {
                errors.Add(e.Message.Text);
            }
        };
        tab.PageError += (_, e) => errors.Add(e.Message);
        tab.Request += (_, e) => requests.Add(e.Request.Url);
        await tab.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
        await tab.GoToAsync(new Uri(page).AbsoluteUri, WaitUntilNavigation.Load);
        await tab.ScreenshotAsync(screenshot, new ScreenshotOptions { FullPage = true });
        return new Rendered(
            await tab.EvaluateExpressionAsync<string>("document.body.innerText"),
            await tab.EvaluateExpressionAsync<int[]>("[...document.querySelectorAll('svg.bars')].map(s => s.querySelectorAll('rect.bar').length)"),
            await tab.EvaluateExpressionAsync<int[]>("[...document.querySelectorAll('svg.bars')].map(s => s.closest('section').querySelectorAll('tbody tr:not(.total)').length)"),
            await tab.EvaluateExpressionAsync<int>("[...document.querySelectorAll('circle.point')].filter(c => c.getBoundingClientRect().width > 0).length"),
            await tab.EvaluateExpressionAsync<int>("[...document.querySelectorAll('rect.stage')].filter(r => r.getBoundingClientRect().width > 0).length"),
            await tab.EvaluateExpressionAsync<int>("[...document.querySelectorAll('rect.bar:not(.na)')].filter(r => r.getBBox().width > 0 && r.getBoundingClientRect().height > 0).length"),
            await tab.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth"),
            errors,
            requests);
    }

    private static string[] Figures(params string[] args)
    {
        CliRunner.Result result = CliRunner.Run([.. args, "--format", "csv"]);
        Assert.Equal(0, result.Code);
        return [.. result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).SelectMany(line => line.Split(',')).Where(cell => cell.Length > 0).Distinct()];
    }

    [Fact]
    public async Task The_demo_page_shows_every_figure_and_draws_a_bar_per_row_on_a_desktop_and_a_phone()
    {
        using var dir = new TemporaryDirectory();
        Directory.CreateDirectory(dir.Path);
        string page = Path.Combine(dir.Path, "report.html");
        Assert.Equal(0, CliRunner.Run("report", "--demo", "--scale", "0.01", "--format", "html", "--out", page).Code);
        foreach (int width in new[] { 1200, 375 })
        {
            Rendered rendered = await Render(page, Path.Combine(AppContext.BaseDirectory, $"report-page-{width}.png"), width);
            Assert.Empty(rendered.Errors);
            Assert.All(rendered.Requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));
            foreach (string table in new[] { "districts", "qr", "requests", "civic-centre" })
            {
                string[] missing = [.. Figures("report", "--demo", "--scale", "0.01", "--table", table).Where(f => !rendered.Text.Contains(f, StringComparison.Ordinal))];
                Assert.Empty(missing);
            }
            Assert.NotEmpty(rendered.BarsPerChart);
            Assert.Equal(rendered.RowsPerBarChart, rendered.BarsPerChart);
            Assert.True(rendered.DrawnBars > 0);
            Assert.Equal(3, rendered.Stages);
            Assert.True(rendered.PageWidth <= width, $"the page is {rendered.PageWidth} px wide on a {width} px screen");
        }
    }

    [Fact]
    public async Task A_page_by_month_draws_a_line_point_per_group_and_month_in_English()
    {
        using var dir = new TemporaryDirectory();
        Directory.CreateDirectory(dir.Path);
        string page = Path.Combine(dir.Path, "by-month.html");
        string[] args = ["report", "--demo", "--scale", "0.01", "--by", "unit", "--period", "month", "--lang", "en"];
        Assert.Equal(0, CliRunner.Run([.. args, "--format", "html", "--out", page]).Code);
        Rendered rendered = await Render(page, Path.Combine(AppContext.BaseDirectory, "report-page-by-month.png"), 1200);
        Assert.Empty(rendered.Errors);
        Assert.Contains("Active rating rate", rendered.Text, StringComparison.Ordinal);
        string[] missing = [.. Figures(args).Where(f => !rendered.Text.Contains(f, StringComparison.Ordinal))];
        Assert.Empty(missing);
        // Four charts (ratings, good rate, coverage, active rating rate) of at most eight units by twelve months, a point
        // wherever the unit has a figure.
        Assert.InRange(rendered.Points, 4 * 12, 4 * 8 * 12);
        Assert.Empty(rendered.BarsPerChart);
    }
}
